import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A graphql-ws client to `<url>/graphql` that sends the session cookie with the upgrade request,
 * as a browser does (Node's WebSocket takes headers only through `ws`). Shared by the product
 * tests and the benchmark.
 */
export function cookieClient(url, cookie, options = {}) {
  class CookieSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  return createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieSocket, retryAttempts: 0, ...options });
}
