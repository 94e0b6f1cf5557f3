import type { DataSource } from 'typeorm';
import { CovenantCriterionResolver } from './covenant-criterion.resolver.js';
import { CovenantCriterionService } from './covenant-criterion.service.js';
import { BlocCovenantsResolver, EventCovenantsResolver, UnitCovenantsResolver } from './covenant-related.resolver.js';
import { CovenantSignatureResolver } from './covenant-signature.resolver.js';
import { CovenantSignatureService } from './covenant-signature.service.js';
import { CovenantResolver } from './covenant.resolver.js';
import { CovenantService } from './covenant.service.js';
import { CovenantWorkflowResolver } from './covenant-workflow.resolver.js';
import { covenantWorkflow } from './covenant.workflow.js';
import { WorkflowService } from '../../core/workflow/workflow.service.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { CovenantSignature } from './covenant-signature.entity.js';
import { Covenant } from './covenant.entity.js';

export const covenantResolvers = [
  CovenantResolver,
  CovenantCriterionResolver,
  CovenantSignatureResolver,
  BlocCovenantsResolver,
  UnitCovenantsResolver,
  EventCovenantsResolver,
  CovenantWorkflowResolver,
];
export const covenantServices = (db: DataSource) => ({
  covenants: new CovenantService(db),
  covenantCriteria: new CovenantCriterionService(db),
  covenantSignatures: new CovenantSignatureService(db),
  covenantWorkflow: new WorkflowService(db, Covenant, covenantWorkflow),
});

/** Covenants, their criteria and signatures are public to every reader. */
export const covenantFeature = defineFeature({
  name: 'covenant',
  resolvers: covenantResolvers,
  services: covenantServices,
  records: [
    { entity: Covenant, scope: UNSCOPED },
    { entity: CovenantCriterion, scope: UNSCOPED },
    { entity: CovenantSignature, scope: UNSCOPED },
  ],
});

export { covenantsOfMovement, criteriaOfMovement } from './covenant.loaders.js';
export { LINKS, replaceLinks } from './covenant.refs.js';
export { MEMBER_IN_COVENANT_YEAR } from './covenant.refs.js';
export { resolveRefs } from './covenant.refs.js';
export { openSheets } from './covenant.sheets.js';
