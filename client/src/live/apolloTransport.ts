import type { ApolloClient } from '@apollo/client';
import type { Client as WsClient } from 'graphql-ws';
import { graphql } from '../gql';
import type { LiveTransport } from './liveFeed';
import type { OwnRequests } from './ownRequests';

export const LatestChangeSeqQuery = graphql(`
  query LatestChangeSeq {
    latestChangeSeq
  }
`);

const LiveChangesSubscription = graphql(`
  subscription LiveChanges($since: String) {
    changes(since: $since) {
      seq entityType entityId action entityVersion requestId actorId actorName
      changes { field before after }
    }
  }
`);

/** What `createApolloClient` adds to the client: the socket, and this tab's own request ids. */
export interface LiveConnection {
  ws: WsClient | null;
  ownRequests: OwnRequests;
}

/** The socket and own request ids of the app's client; null for a client without them (tests, no socket). */
export function liveConnectionOf(client: ApolloClient): { ws: WsClient; ownRequests: OwnRequests } | null {
  const extras = client as ApolloClient & Partial<LiveConnection>;
  return extras.ws && extras.ownRequests ? { ws: extras.ws, ownRequests: extras.ownRequests } : null;
}

/**
 * The `changes` subscription through Apollo (over the socket), uncached: the events only tell
 * what to read again. A reconnection is the socket's `connected` after a retry.
 */
export function apolloTransport(client: ApolloClient, ws: WsClient): LiveTransport {
  return {
    subscribe(since, { next, error }) {
      const subscription = client.subscribe({ query: LiveChangesSubscription, variables: { since }, fetchPolicy: 'no-cache' }).subscribe({
        next: (result) => {
          if (result.error) error(result.error);
          else if (result.data) next(result.data.changes);
        },
        error,
        // The server ended it (it restarts, say): subscribe again, from the last seq.
        complete: () => error(new Error('changes subscription completed')),
      });
      return () => subscription.unsubscribe();
    },
    onReconnected(listener) {
      return ws.on('connected', (_socket, _payload, wasRetry) => {
        if (wasRetry) listener();
      });
    },
  };
}
