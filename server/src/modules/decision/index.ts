import type { DataSource } from 'typeorm';
import { DecisionResolver } from './decision.resolver.js';
import { DecisionService } from './decision.service.js';
import { DecisionPublicationService } from './decision-publication.service.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { Decision } from './decision.entity.js';

export const decisionResolvers = [DecisionResolver];
export const decisionServices = (db: DataSource) => ({ decisions: new DecisionService(db), decisionPublication: new DecisionPublicationService(db) });

export const decisionFeature = defineFeature({
  name: 'decision',
  resolvers: decisionResolvers,
  services: decisionServices,
  records: [{ entity: Decision, scope: UNSCOPED }],
});
export { decisionInUse, issueDecision, type IssuedDecision } from './decision-issue.js';
