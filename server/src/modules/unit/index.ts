import type { DataSource } from 'typeorm';
import { UnitLineageResolver, UnitResolver } from './unit.resolver.js';
import { UnitService } from './unit.service.js';
import { UnitFormerNameService } from './unit-former-name.service.js';
import { UnitFormerNameResolver } from './unit-former-name.resolver.js';
import { UnitFormerName } from './unit-former-name.entity.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { UnitLineage } from './unit-lineage.entity.js';
import { Unit } from './unit.entity.js';

export const unitResolvers = [UnitResolver, UnitLineageResolver, UnitFormerNameResolver];
export const unitServices = (db: DataSource) => ({ units: new UnitService(db), unitFormerNames: new UnitFormerNameService(db) });

/** Units, their former names and lineage (mergers, splits) are public to every reader. */
export const unitFeature = defineFeature({
  name: 'unit',
  resolvers: unitResolvers,
  services: unitServices,
  records: [
    // Former names are records of their own (UnitFormerName); the unit's copy of them only feeds the search.
    { entity: Unit, scope: UNSCOPED, log: { skip: ['formerNamesText'] } },
    { entity: UnitLineage, scope: UNSCOPED },
    { entity: UnitFormerName, scope: UNSCOPED },
  ],
});
export { UnitService } from './unit.service.js';
export { addFormerName } from './unit-former-name.service.js';
