import type { DataSource } from 'typeorm';
import type { AppraisalResult, EligibilityOutcome } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireWrite } from '../../core/auth/policy.js';
import { loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { AwardType } from '../award-type/entities.js';
import type { EligibilityReport, EligibilityService } from '../eligibility/index.js';
import { Household } from '../household/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { DossierLine } from './dossier-line.entity.js';
import type { AppraiseDossierLineInput } from './dossier-flow.inputs.js';
import { Dossier } from './dossier.entity.js';

/** The Board appraises while it holds the dossier: received at its level, forwarded, or returned to it for review. */
const APPRAISABLE: readonly Dossier['status'][] = ['RECEIVED', 'FORWARDED', 'RETURNED_FOR_REVIEW'];

/** A decision against the engine's verdict needs its reason written down; NEEDS_REVIEW is the Board's call either way. */
export const overrides = (result: AppraisalResult, engine: EligibilityOutcome): boolean =>
  (result === 'ELIGIBLE' && engine === 'FAIL') || (result === 'INELIGIBLE' && engine === 'PASS');

/** What is kept of the engine's report: the verdicts and facts as they were, with rule codes and revisions (not live rule records). */
export function snapshotOf(report: EligibilityReport, at: Date): Record<string, unknown> {
  return {
    evaluatedAt: at.toISOString(),
    subjectName: report.subjectName,
    awardTypeCode: report.awardTypeCode,
    awardTypeName: report.awardTypeName,
    year: report.year,
    outcome: report.outcome,
    results: report.results.map((r) => ({
      rule: { code: r.rule.code, revision: r.rule.revision, title: r.rule.titleVi, source: r.rule.sourceDocument, article: r.rule.article },
      outcome: r.outcome,
      facts: r.facts,
      reasons: r.reasons,
    })),
  };
}

/**
 * The Board's appraisal of one line (LPM: DDK / KDK with a note): the result, the note, the
 * engine's report at that moment as a snapshot, and the reason when the result differs from the
 * engine (OVERRIDE_REASON_REQUIRED, nothing written). Board only, while the dossier is at the Board.
 */
export class DossierAppraisalService {
  constructor(
    private readonly db: DataSource,
    private readonly eligibility: EligibilityService,
  ) {}

  appraise(actor: Actor, input: AppraiseDossierLineInput): Promise<DossierLine> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const sent = {
        id: input.lineId,
        expectedVersion: input.expectedVersion,
        appraisalResult: input.result,
        appraisalNote: input.note?.trim() || null,
        appraisalOverrideReason: input.overrideReason?.trim() || null,
      };
      const authorize = () => requirePermission(actor, 'write:domain');
      const line = await loadForUpdate(em, DossierLine, sent, problems, { viewer: actor, authorize });
      const dossier = await em.findOneOrFail(Dossier, { where: { id: line.dossierId }, lock: { mode: 'pessimistic_read' } });
      if (dossier.currentLevel !== 'BOARD' || !APPRAISABLE.includes(dossier.status)) {
        problems.add('lineId', 'INVALID_STATE', 'Chỉ thẩm định khi hồ sơ đang ở Ban (đã tiếp nhận, chờ chuyển khen thưởng hoặc bị trả lại xét duyệt).');
        problems.throwIfAny();
      }
      const awardType = await em.findOneByOrFail(AwardType, { id: line.awardTypeId });
      const report = await this.eligibility.evaluate(actor, { subjectId: subjectOf(line), awardTypeCode: awardType.code, year: dossier.year });
      if (overrides(input.result, report.outcome) && !sent.appraisalOverrideReason) {
        problems.add(
          'overrideReason',
          'OVERRIDE_REASON_REQUIRED',
          `Xét tự động: ${report.outcome === 'PASS' ? 'đạt' : 'không đạt'}; kết quả khác cần nêu lý do.`,
        );
      }
      problems.throwIfAny();
      Object.assign(line, {
        appraisalResult: sent.appraisalResult,
        appraisalNote: sent.appraisalNote,
        appraisalOverrideReason: sent.appraisalOverrideReason,
        appraisalReport: snapshotOf(report, new Date()),
      });
      return em.save(line);
    });
  }
}

const subjectOf = (l: DossierLine): string =>
  l.unitId ? toGlobalId(Unit.name, l.unitId) : l.personId ? toGlobalId(Person.name, l.personId) : toGlobalId(Household.name, l.householdId!);
