import type { DataSource } from 'typeorm';
import { SCORING_LIMITS } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireBlocWrite, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { resolveRef } from '../../core/db/refs.js';
import { loadForDelete } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { Covenant } from '../covenant/entities.js';
import { Unit } from '../unit/entities.js';
import { CovenantScoringSettings } from './covenant-scoring-settings.entity.js';
import { CovenantViolation } from './covenant-violation.entity.js';
import type { RecordCovenantViolationInput, SetCovenantScoringSettingsInput } from './scoring.inputs.js';
import { isMember, upsertAt } from './scoring.access.js';

const SETTINGS = ['finalStage', 'targetShare', 'leaderTolerance', 'leaderNotTwiceInARow'] as const;
/** Deadlines may be cleared (null). */
const DEADLINES = ['selfAssessmentDueOn', 'reviewDueOn'] as const;

/** A covenant's scoring settings and its units' violations: the Board or the covenant's bloc officer. */
export class ScoringSettingsService {
  constructor(private readonly db: DataSource) {}

  setSettings(actor: Actor, input: SetCovenantScoringSettingsInput): Promise<CovenantScoringSettings> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const covenant = await resolveRef(em, Covenant, input.covenantId, 'covenantId', problems);
      problems.throwIfAny();
      requireBlocWrite(actor, covenant!.blocId);
      const patch: Partial<CovenantScoringSettings> = {};
      for (const field of SETTINGS) {
        if (input[field] === null) problems.add(field, 'REQUIRED');
        else if (input[field] !== undefined) Object.assign(patch, { [field]: input[field] });
      }
      for (const field of DEADLINES) if (input[field] !== undefined) patch[field] = input[field];
      const self = input.selfAssessmentDueOn;
      if (self && input.reviewDueOn && input.reviewDueOn < self) problems.add('reviewDueOn', 'OUT_OF_RANGE', 'Hạn thẩm định không được trước hạn tự chấm.');
      problems.throwIfAny();
      const record = await upsertAt(em, CovenantScoringSettings, { covenantId: covenant!.id }, patch, input.expectedVersion, problems);
      // Defaults of a new record (the NSC values); not column defaults, so the ranking's defaults and these are one source.
      record.targetShare ??= SCORING_LIMITS.targetShareDefault;
      record.leaderTolerance ??= SCORING_LIMITS.leaderToleranceDefault;
      return em.save(record);
    });
  }

  recordViolation(actor: Actor, input: RecordCovenantViolationInput): Promise<CovenantViolation> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const covenant = await resolveRef(em, Covenant, input.covenantId, 'covenantId', problems);
      const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
      problems.throwIfAny();
      requireBlocWrite(actor, covenant!.blocId);
      if (!(await isMember(em, covenant!.id, unit!.id))) problems.add('unitId', 'NOT_A_MEMBER');
      if (!input.reason.trim()) problems.add('reason', 'REQUIRED');
      problems.throwIfAny();
      return em.save(em.create(CovenantViolation, { covenantId: covenant!.id, unitId: unit!.id, reason: input.reason.trim(), serious: input.serious ?? true }));
    });
  }

  deleteViolation(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      // Who may delete it is asked before its version is compared (another bloc's officer learns nothing of it).
      const violation = await loadForDelete(em, CovenantViolation, id, expectedVersion, new Problems(), {
        authorize: async (found) => requireBlocWrite(actor, (await em.findOneByOrFail(Covenant, { id: found.covenantId })).blocId),
      });
      await removeRecords(em, CovenantViolation, { id: violation.id });
      return id;
    });
  }
}
