import type { DataSource } from 'typeorm';
import { CommendationBatchResolver } from './commendation-batch.resolver.js';
import { CommendationBatchService } from './commendation-batch.service.js';
import { CommendationFieldsResolver } from './commendation-fields.resolver.js';
import { nestedCommendationResolvers } from './commendation-nested.resolver.js';
import { CommendationResolver } from './commendation.resolver.js';
import { CommendationService } from './commendation.service.js';
import { CommendationGroupKeyResolver, CommendationStatsResolver } from './commendation-stats.resolver.js';
import { CommendationStatsService } from './commendation-stats.service.js';
import { CommendationTallyResolver } from './commendation-tally.resolver.js';
import { CommendationTallyService } from './commendation-tally.service.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { CommendationTally } from './commendation-tally.entity.js';
import { Commendation } from './commendation.entity.js';
import { visibleCommendations } from './commendation.scope.js';

export const commendationResolvers: Function[] = [
  CommendationResolver,
  CommendationFieldsResolver,
  CommendationBatchResolver,
  CommendationStatsResolver,
  CommendationGroupKeyResolver,
  CommendationTallyResolver,
  ...nestedCommendationResolvers,
];

export const commendationServices = (db: DataSource) => ({
  commendations: new CommendationService(db),
  commendationBatches: new CommendationBatchService(db),
  commendationStats: new CommendationStatsService(db),
  commendationTallies: new CommendationTallyService(db),
});

/** Collective commendations and the yearly tallies are public; an individual's or a household's follow their subject. */
export const commendationFeature = defineFeature({
  name: 'commendation',
  resolvers: commendationResolvers,
  services: commendationServices,
  records: [
    { entity: Commendation, scope: visibleCommendations },
    { entity: CommendationTally, scope: UNSCOPED },
  ],
});
export { issueCommendations, type IssuedCommendation } from './commendation-issue.js';
export { checkSubjectKind } from './commendation-subject.js';
