import type { DataSource } from 'typeorm';
import { defineFeature } from '../../core/feature.js';
import { PublicAwardFieldsResolver, PublicDecisionFieldsResolver, PublicLookupResolver } from './public-lookup.resolver.js';
import { PublicLookupService } from './public-lookup.service.js';

/** The public lookup of published decisions and awards (no records of its own: it reads decisions and commendations). */
export const publicLookupFeature = defineFeature({
  name: 'public-lookup',
  resolvers: [PublicLookupResolver, PublicDecisionFieldsResolver, PublicAwardFieldsResolver],
  services: (db: DataSource) => ({ publicLookup: new PublicLookupService(db) }),
  records: [],
});
