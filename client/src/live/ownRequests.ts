import { ApolloLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';

/** How many of this tab's latest mutations are remembered: far more than can be in flight. */
const REMEMBERED = 500;

/**
 * The request ids of this tab's own mutations. The server stamps the events a request causes
 * with its `x-request-id`, so the live feed recognises its own changes: the mutation's answer
 * has already updated the page, they need no refetch and no highlight.
 */
export class OwnRequests {
  private readonly ids = new Set<string>();

  /** A new id for a mutation about to be sent, remembered as this tab's. */
  next(): string {
    const id = `web-${randomHex(16)}`;
    this.ids.add(id);
    if (this.ids.size > REMEMBERED) this.ids.delete(this.ids.values().next().value!);
    return id;
  }

  has(requestId: string | null | undefined): boolean {
    return !!requestId && this.ids.has(requestId);
  }
}

/** `crypto.getRandomValues` works on plain-http pages too, unlike `crypto.randomUUID`. */
function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Sends every mutation with a fresh `x-request-id`, remembered in `own`. */
export function requestIdLink(own: OwnRequests): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.operationType === OperationTypeNode.MUTATION) {
      const id = own.next();
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'x-request-id': id } }));
    }
    return forward(operation);
  });
}
