import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client to `<url>/graphql`, signed in with a session cookie or a partner token. */
export function wsClient(url: string, credentials: { cookie?: string; authorization?: string } = {}, options: { retryAttempts?: number } = {}): Client {
  const headers = credentials.cookie ? { cookie: credentials.cookie } : {};
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieSocket,
    connectionParams: credentials.authorization ? { authorization: credentials.authorization } : undefined,
    retryAttempts: options.retryAttempts ?? 0,
    lazy: true,
  });
}

export interface Subscription<T> {
  /** Everything received so far. */
  readonly items: T[];
  /** Errors the server sent, if any. */
  readonly errors: unknown[];
  /** Resolves once `count` items arrived (fails after `timeoutMs`, which only bounds a hang). */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** Unsubscribes. */
  stop(): void;
}

/** Subscribes and collects `data` of every result. */
export function subscribe<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): Subscription<T> {
  const items: T[] = [];
  const errors: unknown[] = [];
  const waiters: { count: number; resolve: (items: T[]) => void }[] = [];
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (items.length >= waiter.count || errors.length) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(items);
      }
    }
  };
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) items.push(result.data as T);
        settle();
      },
      error: (error) => {
        // A close event (refused socket) says why in code and reason.
        const event = error as { code?: number; reason?: string };
        errors.push(error instanceof Error || Array.isArray(error) ? error : { code: event.code, reason: event.reason });
        settle();
      },
      complete: () => settle(),
    },
  );
  return {
    items,
    errors,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Waited for ${count} events, got ${items.length}: ${JSON.stringify(errors)}`)), timeoutMs);
        waiters.push({
          count,
          resolve: (got) => {
            clearTimeout(timer);
            if (errors.length) reject(new Error(`Subscription error: ${JSON.stringify(errors)}`));
            else resolve(got);
          },
        });
        settle();
      });
    },
    stop,
  };
}

/** Waits until the socket is open and acknowledged. */
export function connected(client: Client): Promise<void> {
  return new Promise((resolve) => {
    const off = client.on('connected', () => {
      off();
      resolve();
    });
  });
}
