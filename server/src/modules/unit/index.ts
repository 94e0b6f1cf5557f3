import type { DataSource } from 'typeorm';
import { UnitLineageResolver, UnitResolver } from './unit.resolver.js';
import { UnitService } from './unit.service.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { UnitLineage } from './unit-lineage.entity.js';
import { Unit } from './unit.entity.js';

export const unitResolvers = [UnitResolver, UnitLineageResolver];
export const unitServices = (db: DataSource) => ({ units: new UnitService(db) });

/** Units and their lineage (mergers, splits) are public to every reader. */
export const unitFeature = defineFeature({
  name: 'unit',
  resolvers: unitResolvers,
  services: unitServices,
  records: [
    { entity: Unit, scope: UNSCOPED },
    { entity: UnitLineage, scope: UNSCOPED },
  ],
});
export { UnitService } from './unit.service.js';
