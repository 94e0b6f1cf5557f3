import type { DataSource } from 'typeorm';
import type { Services } from '../services.js';
import type { SessionCookie } from '../modules/user/auth.service.js';
import type { Actor } from './actor.js';
import type { Loaders } from './graphql/loaders.js';
import type { QueryLimits } from './graphql/limits/limits.js';
import type { ApiToken } from '../modules/api-token/api-token.entity.js';
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
}
