import { AsyncLocalStorage } from 'node:async_hooks';
import { SYSTEM, type Actor } from '../actor.js';

/**
 * Who changes data, and in which request: the event log stamps every change with it. The HTTP
 * server opens one origin per request (core/http/server.ts) and sets its actor once the request is
 * authenticated. Work outside a request (start-up, demo data, scripts) is the SYSTEM's; a script
 * acting for someone wraps its calls in `withChangeOrigin`.
 */
export interface ChangeOrigin {
  actor: Actor;
  requestId: string | null;
}

const storage = new AsyncLocalStorage<ChangeOrigin>();

export function withChangeOrigin<T>(origin: ChangeOrigin, work: () => T): T {
  return storage.run(origin, work);
}

export function currentChangeOrigin(): ChangeOrigin {
  return storage.getStore() ?? { actor: SYSTEM, requestId: null };
}
