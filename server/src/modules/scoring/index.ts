import type { DataSource } from 'typeorm';
import { CovenantScoringResolver, CriterionScoreResolver, RankingRowResolver } from './ranking.resolver.js';
import { RankingService } from './ranking.service.js';
import { CovenantAssessmentResolver, CovenantScoringSettingsResolver, CovenantTargetResolver, CovenantViolationResolver } from './scoring-related.resolver.js';
import { ScoringSettingsService } from './scoring-settings.service.js';
import { ScoringResolver } from './scoring.resolver.js';
import { ScoringService } from './scoring.service.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { WorkflowService } from '../../core/workflow/workflow.service.js';
import { CovenantSheet } from './covenant-sheet.entity.js';
import { CovenantSheetResolver, CovenantSheetsResolver } from './covenant-sheet.resolver.js';
import { CovenantSheetService } from './covenant-sheet.service.js';
import { covenantSheetWorkflow } from './covenant-sheet.workflow.js';
import { CovenantAssessment } from './covenant-assessment.entity.js';
import { CovenantScoringSettings } from './covenant-scoring-settings.entity.js';
import { CovenantTarget } from './covenant-target.entity.js';
import { CovenantViolation } from './covenant-violation.entity.js';

export { rankingsIn } from './ranking.service.js';
export type { CovenantRanking, CovenantRankingRow } from './ranking.types.js';

export const scoringResolvers = [
  ScoringResolver,
  CovenantScoringResolver,
  RankingRowResolver,
  CriterionScoreResolver,
  CovenantAssessmentResolver,
  CovenantTargetResolver,
  CovenantViolationResolver,
  CovenantScoringSettingsResolver,
  CovenantSheetResolver,
  CovenantSheetsResolver,
];
export const scoringServices = (db: DataSource) => ({
  scoring: new ScoringService(db),
  scoringSettings: new ScoringSettingsService(db),
  ranking: new RankingService(db),
  covenantSheets: new CovenantSheetService(db),
  covenantSheetWorkflow: new WorkflowService(db, CovenantSheet, covenantSheetWorkflow),
});

/** Scoring records (sheets included: every reader sees each unit's stage) belong to the covenant, which every reader sees: so do its scores. */
export const scoringFeature = defineFeature({
  name: 'scoring',
  resolvers: scoringResolvers,
  services: scoringServices,
  records: [
    { entity: CovenantScoringSettings, scope: UNSCOPED },
    { entity: CovenantTarget, scope: UNSCOPED },
    { entity: CovenantAssessment, scope: UNSCOPED },
    { entity: CovenantViolation, scope: UNSCOPED },
    // Its who/when stamps are part of the record (shown in its history); the bloc id is a fixed copy of the covenant's.
    { entity: CovenantSheet, scope: UNSCOPED, log: { skip: ['blocId'] } },
  ],
});
