import { describe, expect, it } from 'vitest';
import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { of } from 'rxjs';
import { OwnRequests, requestIdLink } from './ownRequests';

describe('this tab’s own requests', () => {
  it('every mutation goes out with a fresh x-request-id that is remembered; queries go without', async () => {
    const own = new OwnRequests();
    const sent: { name: string; requestId?: string }[] = [];
    const server = new ApolloLink((operation) => {
      const headers = (operation.getContext().headers ?? {}) as Record<string, string>;
      sent.push({ name: operation.operationName!, requestId: headers['x-request-id'] });
      return of({
        data: operation.operationName === 'LiveOwnRename' ? { updateUnit: { __typename: 'UnitPayload', userErrors: [] } } : { latestChangeSeq: '0' },
      });
    });
    const client = new ApolloClient({ link: ApolloLink.from([requestIdLink(own), server]), cache: new InMemoryCache() });
    const rename = gql`
      mutation LiveOwnRename($input: UpdateUnitInput!) {
        updateUnit(input: $input) { userErrors { code } }
      }
    `;
    await client.mutate({ mutation: rename, variables: { input: { id: 'x', name: 'A' } } });
    await client.mutate({ mutation: rename, variables: { input: { id: 'x', name: 'B' } } });
    await client.query({ query: gql`query LiveOwnSeq { latestChangeSeq }` });

    const [first, second, query] = sent;
    expect(first.requestId).toMatch(/^web-[0-9a-f]{32}$/);
    expect(second.requestId).not.toBe(first.requestId);
    expect(own.has(first.requestId)).toBe(true);
    expect(own.has(second.requestId)).toBe(true);
    expect(query.requestId).toBeUndefined();
    expect(own.has('req-of-someone-else')).toBe(false);
    expect(own.has(null)).toBe(false);
  });

  it('forgets the oldest ids after many', () => {
    const own = new OwnRequests();
    const first = own.next();
    for (let i = 0; i < 600; i++) own.next();
    expect(own.has(first)).toBe(false);
  });
});
