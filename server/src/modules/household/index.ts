import type { DataSource } from 'typeorm';
import { HouseholdResolver } from './household.resolver.js';
import { HouseholdService } from './household.service.js';

export const householdResolvers = [HouseholdResolver];
export const householdServices = (db: DataSource) => ({ households: new HouseholdService(db) });
