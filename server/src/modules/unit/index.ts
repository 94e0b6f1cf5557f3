import type { DataSource } from 'typeorm';
import { UnitLineageResolver, UnitResolver } from './unit.resolver.js';
import { UnitService } from './unit.service.js';

export const unitResolvers = [UnitResolver, UnitLineageResolver];
export const unitServices = (db: DataSource) => ({ units: new UnitService(db) });
