import type { DataSource } from 'typeorm';
import type { Services } from '../services.js';
import type { SessionCookie } from '../modules/user/auth.service.js';
import type { Actor } from './actor.js';
import type { Loaders } from './graphql/loaders.js';

/** What every resolver receives, built once per request. */
export interface Context {
  requestId: string;
  actor: Actor;
  db: DataSource;
  loaders: Loaders;
  services: Services;
  /** The session cookie of this request (login sets it, logout clears it). */
  cookie: SessionCookie;
}
