import type { DataSource } from 'typeorm';
import type { Covenant, CovenantCriterion } from '../covenant/entities.js';
import { CovenantSheet } from './covenant-sheet.entity.js';
import { CovenantAssessment } from './covenant-assessment.entity.js';
import { CovenantScoringSettings } from './covenant-scoring-settings.entity.js';
import { CovenantTarget } from './covenant-target.entity.js';
import { CovenantViolation } from './covenant-violation.entity.js';

/** Test builders: rows saved directly with db.manager. */
export function buildTarget(db: DataSource, criterion: CovenantCriterion, unitId: string, target: number | null, overrides: Partial<CovenantTarget> = {}) {
  return db.manager.save(db.manager.create(CovenantTarget, { covenantId: criterion.covenantId, criterionId: criterion.id, unitId, target, ...overrides }));
}

export function buildAssessment(db: DataSource, criterion: CovenantCriterion, unitId: string, overrides: Partial<CovenantAssessment> = {}) {
  return db.manager.save(db.manager.create(CovenantAssessment, { covenantId: criterion.covenantId, criterionId: criterion.id, unitId, ...overrides }));
}

export function buildViolation(db: DataSource, covenantId: string, unitId: string, reason = 'Vi phạm quy định về an toàn lao động', serious = true) {
  return db.manager.save(db.manager.create(CovenantViolation, { covenantId, unitId, reason, serious }));
}

export function buildScoringSettings(db: DataSource, covenantId: string, overrides: Partial<CovenantScoringSettings> = {}) {
  return db.manager.save(db.manager.create(CovenantScoringSettings, { covenantId, targetShare: 0.5, leaderTolerance: 0.0001, ...overrides }));
}

/** A unit's sheet of a covenant (DRAFT unless told), as the covenant's self-assessment would open it. */
export function buildSheet(db: DataSource, covenant: Covenant, unitId: string, overrides: Partial<CovenantSheet> = {}) {
  return db.manager.save(db.manager.create(CovenantSheet, { covenantId: covenant.id, blocId: covenant.blocId, unitId, ...overrides }));
}

/** Moves a covenant's sheets (or one unit's) to a stage directly, as if their workflow had (not logged). */
export function setSheetStatus(db: DataSource, covenantId: string, status: CovenantSheet['status'], unitId: string | null = null) {
  return db.query(`UPDATE covenant_sheet SET status = $2 WHERE covenant_id = $1 AND ($3::uuid IS NULL OR unit_id = $3::uuid)`, [covenantId, status, unitId]);
}
