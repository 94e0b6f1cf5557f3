import type { DataSource } from 'typeorm';
import { CovenantScoringResolver, CriterionScoreResolver, RankingRowResolver } from './ranking.resolver.js';
import { RankingService } from './ranking.service.js';
import { CovenantAssessmentResolver, CovenantScoringSettingsResolver, CovenantTargetResolver, CovenantViolationResolver } from './scoring-related.resolver.js';
import { ScoringSettingsService } from './scoring-settings.service.js';
import { ScoringResolver } from './scoring.resolver.js';
import { ScoringService } from './scoring.service.js';

export const scoringResolvers = [
  ScoringResolver,
  CovenantScoringResolver,
  RankingRowResolver,
  CriterionScoreResolver,
  CovenantAssessmentResolver,
  CovenantTargetResolver,
  CovenantViolationResolver,
  CovenantScoringSettingsResolver,
];
export const scoringServices = (db: DataSource) => ({
  scoring: new ScoringService(db),
  scoringSettings: new ScoringSettingsService(db),
  ranking: new RankingService(db),
});
