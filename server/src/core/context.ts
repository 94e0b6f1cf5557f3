import type { DataSource } from 'typeorm';
import type { Services } from '../services.js';
import type { SessionCookie } from '../modules/user/index.js';
import type { Actor } from './actor.js';
import { Loaders } from './graphql/loaders.js';
import type { QueryLimits } from './graphql/limits/limits.js';
import type { ApiToken } from '../modules/api-token/entities.js';
import type { LiveBus } from './live/bus.js';

/** What every resolver receives, built once per request. */
export interface Context {
  requestId: string;
  actor: Actor;
  db: DataSource;
  loaders: Loaders;
  services: Services;
  /** The session cookie of this request (login sets it, logout clears it). */
  cookie: SessionCookie;
  /** The partner's API token as loaded when authenticating (bucket, trusted operations); null for sessions. */
  token: ApiToken | null;
  /** Cost, depth and alias limits of this server (reported by `apiLimits`). */
  limits: QueryLimits;
  /** Committed events and presence, as this instance hears them from the database (subscriptions). */
  live: LiveBus;
  /** The client's network address (sign-in throttling), when known. */
  address: string | null;
}

/** What is the same for every request of a server: the database, services, limits and live bus. */
export type ServerContext = Pick<Context, 'db' | 'services' | 'limits' | 'live'>;

/** The context of one request or subscription; its loaders answer only what this actor may see (core/auth/scope.ts). */
export function buildContext(server: ServerContext, caller: Pick<Context, 'requestId' | 'actor' | 'token' | 'cookie'> & { address?: string | null }): Context {
  return { ...server, ...caller, address: caller.address ?? null, loaders: new Loaders(server.db, caller.actor) };
}
