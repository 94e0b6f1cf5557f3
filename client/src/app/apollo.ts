import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import type { Client as WsClient } from 'graphql-ws';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { LOGIN_PATH, loginPath } from '../auth/next';
import { OwnRequests, requestIdLink } from '../live/ownRequests';
import { createCache } from './cache';
import { freshAnswersLink } from './freshAnswers';

/** The session is missing or over: an `UNAUTHENTICATED` error code, or HTTP 401. */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (ServerError.is(error)) return error.statusCode === 401;
  return false;
}

/** Calls `onUnauthenticated` whenever the server answers that nobody (valid) is signed in. */
export function unauthenticatedLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  });
}

/** The bits of the data router `sendToLogin` uses. */
interface Navigator {
  state: { location: { pathname: string; search: string } };
  navigate(to: string, options: { replace: boolean }): Promise<void>;
}

/** Sends the user to /login, to come back here after signing in; nothing when already there. */
export function sendToLogin(router: Navigator): void {
  const { pathname, search } = router.state.location;
  if (pathname === LOGIN_PATH) return;
  void router.navigate(loginPath(pathname + search), { replace: true });
}

interface Options {
  uri?: string;
  /** WebSocket URL for subscriptions; by default the same origin and path as `uri` (ws:// or wss://). */
  wsUri?: string | null;
  /** What to do when a session ended (expired, logged out elsewhere): main.tsx sends the user to /login. */
  onUnauthenticated?: () => void;
}

/** The WebSocket URL of the API next to this page: `/graphql` → `ws(s)://<host>/graphql`. */
export function defaultWsUri(uri: string): string | null {
  if (typeof window === 'undefined' || typeof WebSocket === 'undefined') return null;
  const url = new URL(uri, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * The subscription socket (graphql-ws). The session cookie goes with the upgrade request; it
 * reconnects by itself, with growing pauses, for as long as the page is open. graphql-ws itself
 * is loaded with the first subscription or listener (the signed-in layout), not by the login page.
 */
export function createWsClient(url: string): WsClient {
  let client: WsClient | undefined;
  let loading: Promise<WsClient> | undefined;
  const load = () =>
    (loading ??= import('graphql-ws').then(({ createClient }) => {
      client = createClient({ url, lazy: true, retryAttempts: Infinity, shouldRetry: () => true, keepAlive: 15_000 });
      return client;
    }));
  /** Runs `use` once the client is there; the returned function undoes it, even before. */
  const once = (use: (loaded: WsClient) => () => void) => {
    let undo: (() => void) | undefined;
    let cancelled = false;
    void load().then((loaded) => {
      if (!cancelled) undo = use(loaded);
    });
    return () => {
      cancelled = true;
      undo?.();
    };
  };
  const lazyClient: WsClient = {
    on: (event, listener) => once((loaded) => loaded.on(event, listener)),
    subscribe: (payload, sink) => once((loaded) => loaded.subscribe(payload, sink)),
    iterate<Data, Extensions>(payload: Parameters<WsClient['iterate']>[0]) {
      return (async function* () {
        yield* (await load()).iterate<Data, Extensions>(payload);
      })();
    },
    dispose: () => client?.dispose(),
    terminate: () => client?.terminate(),
  };
  return lazyClient;
}

/**
 * One Apollo Client for the app, same origin as the API (the session cookie goes along):
 * queries and mutations over HTTP, subscriptions over the WebSocket. `ws` is the socket, for
 * whoever needs to know when it reconnects (live updates catch up then); `ownRequests` the
 * request ids every mutation is sent with, so live updates know this tab's own changes.
 */
export function createApolloClient({ uri = '/graphql', wsUri, onUnauthenticated }: Options = {}) {
  const ownRequests = new OwnRequests();
  const http = ApolloLink.from([requestIdLink(ownRequests), freshAnswersLink(), new HttpLink({ uri, headers: { 'apollo-require-preflight': 'true' } })]);
  const socketUrl = wsUri === undefined ? defaultWsUri(uri) : wsUri;
  const ws = socketUrl ? createWsClient(socketUrl) : null;
  const transport = ws ? ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(ws), http) : http;
  const client = new ApolloClient({
    link: onUnauthenticated ? ApolloLink.from([unauthenticatedLink(onUnauthenticated), transport]) : transport,
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return Object.assign(client, { ws, ownRequests });
}
