import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireBlocWrite, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { resolveRef } from '../../core/db/refs.js';
import { loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { Unit } from '../unit/entities.js';
import { CovenantSheet } from './covenant-sheet.entity.js';
import type { AssignCovenantSheetReviewerInput } from './covenant-sheet.inputs.js';
import { isMember } from './scoring.access.js';

/** Who reviews a unit's sheet: the bloc (null) or another member unit of the covenant's year; the bloc's officer or the Board decides. */
export class CovenantSheetService {
  constructor(private readonly db: DataSource) {}

  assignReviewer(actor: Actor, input: AssignCovenantSheetReviewerInput): Promise<CovenantSheet> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      // Checked as an edit of reviewerUnitId (the field the event log records).
      const change: { id: string; expectedVersion?: number | null; reviewerUnitId?: string | null } = {
        id: input.id,
        expectedVersion: input.expectedVersion,
        reviewerUnitId: input.reviewerUnitId ?? null,
      };
      const sheet = await loadForUpdate(em, CovenantSheet, change, problems, { authorize: (found) => requireBlocWrite(actor, found.blocId) });
      const unit = await resolveRef(em, Unit, input.reviewerUnitId, 'reviewerUnitId', problems);
      problems.throwIfAny();
      if (change.reviewerUnitId === undefined) return sheet; // sent as it was seen: their change stands
      if (unit && unit.id === sheet.unitId) problems.add('reviewerUnitId', 'REVIEWER_IS_SELF');
      else if (unit && !(await isMember(em, sheet.covenantId, unit.id))) problems.add('reviewerUnitId', 'NOT_A_MEMBER');
      if (sheet.status === 'REVIEWED' || sheet.status === 'FINAL') {
        problems.add('id', 'INVALID_STATE', 'Bảng điểm đã thẩm định xong: mở lại thẩm định trước khi đổi người thẩm định.');
      }
      problems.throwIfAny();
      sheet.reviewerUnitId = unit?.id ?? null;
      return em.save(sheet);
    });
  }
}
