import type { DataSource } from 'typeorm';
import type { PresenceTiming } from './presence.limits.js';
import { PresenceResolver } from './presence.resolver.js';
import { PresenceService } from './presence.service.js';

export const presenceResolvers = [PresenceResolver];
export const presenceServices = (db: DataSource, timing?: PresenceTiming) => ({ presence: new PresenceService(db, timing) });
export type { PresenceTiming } from './presence.limits.js';
