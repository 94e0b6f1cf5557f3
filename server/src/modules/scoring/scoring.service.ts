import type { DataSource } from 'typeorm';
import { LIMITS, type CovenantStatus, type CriterionKind } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { ForbiddenError, canWriteBloc, canWriteUnit, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { write } from '../../core/db/write.js';
import { CovenantAssessment } from './covenant-assessment.entity.js';
import { CovenantTarget } from './covenant-target.entity.js';
import type { EnterReviewScoreInput, EnterSelfAssessmentInput, SetCovenantTargetInput } from './scoring.inputs.js';
import { checkCell, resolveCell, upsertAt } from './scoring.access.js';
import { checkReviewable, reviewSheetFor, sheetForSelfScore } from './covenant-sheet.access.js';

/** Targets may change until the covenant leaves self-assessment (units score against them); then they are fixed with the scores. */
const TARGETS_OPEN: readonly CovenantStatus[] = ['DRAFT', 'IN_COMMENT', 'READY_TO_SIGN', 'SIGNED', 'IN_PROGRESS', 'SELF_ASSESSMENT'];

/** Which self-score inputs each kind of criterion takes. */
const INPUTS_OF: Record<CriterionKind, readonly (keyof EnterSelfAssessmentInput)[]> = {
  QUANTITATIVE: ['notAssigned', 'actualValue'],
  QUALITATIVE: ['notAssigned', 'met'],
  PER_OCCURRENCE: ['occurrences'],
  BONUS_PENALTY: ['bonusCount', 'penaltyCount'],
};
const KIND_INPUTS = ['notAssigned', 'actualValue', 'met', 'occurrences', 'bonusCount', 'penaltyCount'] as const;

/**
 * Targets (the bloc head or the Board), self-scores (the unit's own officer or the Board, while its
 * sheet is a draft) and review scores (the sheet's reviewer, the covenant's bloc officer or the
 * Board, while the sheet is submitted), one criterion × unit at a time. Scores
 * are not computed here: the ranking computes them all in the database.
 */
export class ScoringService {
  constructor(private readonly db: DataSource) {}

  setTarget(actor: Actor, input: SetCovenantTargetInput): Promise<CovenantTarget> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const cell = await resolveCell(em, input, problems);
      problems.throwIfAny();
      if (!canWriteBloc(actor, cell!.covenant.blocId)) throw new ForbiddenError();
      await checkCell(em, cell!, problems);
      if (cell!.criterion.kind !== 'QUANTITATIVE') problems.add('criterionId', 'INVALID', 'Chỉ tiêu chí định lượng mới giao chỉ tiêu.');
      if (!TARGETS_OPEN.includes(cell!.covenant.status)) problems.add('criterionId', 'INVALID_STATE', 'Giao ước đã qua bước tự chấm điểm: chỉ tiêu đã khóa.');
      problems.throwIfAny();
      const patch: Partial<CovenantTarget> = {};
      if (input.target !== undefined) patch.target = input.target;
      if (input.note !== undefined) patch.note = input.note?.trim() || null;
      const where = { covenantId: cell!.covenant.id, criterionId: cell!.criterion.id, unitId: cell!.unit.id };
      return em.save(await upsertAt(em, CovenantTarget, where, patch, input.expectedVersion, problems));
    });
  }

  enterSelfAssessment(actor: Actor, input: EnterSelfAssessmentInput): Promise<CovenantAssessment> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const cell = await resolveCell(em, input, problems);
      problems.throwIfAny();
      if (!canWriteUnit(actor, cell!.unit.id)) throw new ForbiddenError();
      await checkCell(em, cell!, problems);
      const allowed = INPUTS_OF[cell!.criterion.kind];
      for (const field of KIND_INPUTS) {
        if (input[field] !== undefined && !allowed.includes(field)) problems.add(field, 'INVALID', 'Trường này không dùng cho loại tiêu chí này.');
      }
      if (input.notAssigned === null) problems.add('notAssigned', 'REQUIRED');
      problems.throwIfAny();
      await sheetForSelfScore(em, cell!, problems);
      const patch: Partial<CovenantAssessment> = {};
      for (const field of KIND_INPUTS) if (input[field] !== undefined) Object.assign(patch, { [field]: input[field] });
      if (input.evidence !== undefined) patch.evidence = input.evidence?.trim() || null;
      const where = { covenantId: cell!.covenant.id, criterionId: cell!.criterion.id, unitId: cell!.unit.id };
      const record = await upsertAt(em, CovenantAssessment, where, patch, input.expectedVersion, problems);
      Object.assign(record, { selfScoredBy: actor.name, selfScoredAt: new Date() });
      return em.save(record);
    });
  }

  enterReviewScore(actor: Actor, input: EnterReviewScoreInput): Promise<CovenantAssessment> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const cell = await resolveCell(em, input, problems);
      problems.throwIfAny();
      const sheet = await reviewSheetFor(em, actor, cell!);
      await checkCell(em, cell!, problems);
      checkReviewable(cell!, sheet, problems);
      const { criterion } = cell!;
      // Bonus/penalty criteria may go below zero, down to their min (unbounded without one).
      const bonus = criterion.kind === 'BONUS_PENALTY';
      const low = bonus ? Math.min(criterion.minScore ?? -LIMITS.scoreMax, 0) : 0;
      const high = criterion.maxScore ?? (bonus ? LIMITS.scoreMax : 0);
      if (input.reviewScore != null && (input.reviewScore < low || input.reviewScore > high)) {
        problems.add('reviewScore', 'OUT_OF_RANGE', `Điểm thẩm định phải từ ${low} đến ${high}.`);
      }
      problems.throwIfAny();
      const patch: Partial<CovenantAssessment> = {};
      if (input.reviewScore !== undefined) patch.reviewScore = input.reviewScore;
      if (input.reviewComment !== undefined) patch.reviewComment = input.reviewComment?.trim() || null;
      const where = { covenantId: cell!.covenant.id, criterionId: criterion.id, unitId: cell!.unit.id };
      const record = await upsertAt(em, CovenantAssessment, where, patch, input.expectedVersion, problems);
      Object.assign(record, { reviewedBy: actor.name, reviewedAt: new Date() });
      return em.save(record);
    });
  }
}
