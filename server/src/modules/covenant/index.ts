import type { DataSource } from 'typeorm';
import { CovenantCriterionResolver } from './covenant-criterion.resolver.js';
import { CovenantCriterionService } from './covenant-criterion.service.js';
import { BlocCovenantsResolver, EventCovenantsResolver, UnitCovenantsResolver } from './covenant-related.resolver.js';
import { CovenantSignatureResolver } from './covenant-signature.resolver.js';
import { CovenantSignatureService } from './covenant-signature.service.js';
import { CovenantResolver } from './covenant.resolver.js';
import { CovenantService } from './covenant.service.js';

export const covenantResolvers = [
  CovenantResolver,
  CovenantCriterionResolver,
  CovenantSignatureResolver,
  BlocCovenantsResolver,
  UnitCovenantsResolver,
  EventCovenantsResolver,
];
export const covenantServices = (db: DataSource) => ({
  covenants: new CovenantService(db),
  covenantCriteria: new CovenantCriterionService(db),
  covenantSignatures: new CovenantSignatureService(db),
});

export { covenantsOfMovement, criteriaOfMovement } from './covenant.loaders.js';
export { LINKS, replaceLinks } from './covenant.refs.js';
