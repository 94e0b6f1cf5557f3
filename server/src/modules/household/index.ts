import type { DataSource } from 'typeorm';
import { HouseholdResolver } from './household.resolver.js';
import { HouseholdService } from './household.service.js';
import { defineFeature } from '../../core/feature.js';
import { visibleHouseholds } from '../../core/auth/scope.js';
import { Household } from './household.entity.js';

export const householdResolvers = [HouseholdResolver];
export const householdServices = (db: DataSource) => ({ households: new HouseholdService(db) });

/** Households: only `read:people`. */
export const householdFeature = defineFeature({
  name: 'household',
  resolvers: householdResolvers,
  services: householdServices,
  records: [{ entity: Household, scope: (actor) => visibleHouseholds(actor) }],
});
