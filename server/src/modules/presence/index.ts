import type { DataSource } from 'typeorm';
import type { PresenceTiming } from './presence.limits.js';
import { PresenceResolver } from './presence.resolver.js';
import { PresenceService } from './presence.service.js';
import { defineFeature } from '../../core/feature.js';

export const presenceResolvers = [PresenceResolver];
export const presenceServices = (db: DataSource, timing?: PresenceTiming) => ({ presence: new PresenceService(db, timing) });
export type { PresenceTiming } from './presence.limits.js';

/** Presence is an UNLOGGED table without an entity (presence.sql.ts). */
export const presenceFeature = defineFeature({
  name: 'presence',
  resolvers: presenceResolvers,
  services: (db, options) => presenceServices(db, options.presence),
  records: [],
});
