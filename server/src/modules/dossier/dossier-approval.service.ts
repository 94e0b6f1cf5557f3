import { In, type DataSource, type EntityManager } from 'typeorm';
import type { CommendationKind } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireWrite } from '../../core/auth/policy.js';
import { removeRecords } from '../../core/changes/remove.js';
import { loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import type { WorkflowService } from '../../core/workflow/workflow.service.js';
import { AwardType } from '../award-type/entities.js';
import { Commendation } from '../commendation/entities.js';
import { issueCommendations } from '../commendation/index.js';
import { Decision } from '../decision/entities.js';
import { decisionInUse, issueDecision } from '../decision/index.js';
import { DossierLine } from './dossier-line.entity.js';
import type { ApproveDossierInput, CancelDossierApprovalInput } from './dossier-flow.inputs.js';
import { Dossier } from './dossier.entity.js';
import type { DossierFacts } from './dossier.workflow.js';

type DossierWorkflow = WorkflowService<Dossier['status'], Dossier, DossierFacts>;

/**
 * The decision level's step (LPM PheDuyet / HuyPheDuyet), taken by the Board for the authority. Approval,
 * in one transaction: the Decision, one Commendation per included ELIGIBLE line the council did not vote down (by the commendation
 * module's rules), each line linked to its commendation, the dossier linked to the decision and moved
 * to AWARDED through the workflow (so the step is judged and in the history). Cancelling removes what
 * the approval recorded (the decision too, unless something else cites it) and moves the dossier
 * back to AWAITING_DECISION; refused once a commendation has been presented or revoked.
 * Any problem and nothing is written.
 */
export class DossierApprovalService {
  constructor(
    private readonly db: DataSource,
    private readonly workflow: DossierWorkflow,
  ) {}

  approve(actor: Actor, input: ApproveDossierInput): Promise<Dossier> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const dossier = await this.load(em, actor, input.dossierId, input.expectedVersion, 'AWARDED', problems);
      if (dossier.status !== 'AWAITING_DECISION') problems.add('dossierId', 'INVALID_STATE', 'Chỉ phê duyệt hồ sơ đang chờ xét khen thưởng.');
      const lines = await em.find(DossierLine, { where: { dossierId: dossier.id, included: true }, order: { position: 'ASC', id: 'ASC' } });
      if (lines.some((l) => !l.appraisalResult)) problems.add('dossierId', 'LINES_NOT_APPRAISED');
      // A line the council voted down is not awarded (council module); one it has not voted on follows the appraisal.
      const eligible = lines.filter((l) => l.appraisalResult === 'ELIGIBLE' && l.councilResult !== 'FAILED');
      if (!eligible.length)
        problems.add('dossierId', 'DOSSIER_EMPTY', 'Không có đối tượng nào được thẩm định đủ điều kiện (và được Hội đồng thống nhất, nếu đã biểu quyết).');
      problems.throwIfAny();
      const firstType = await em.findOneByOrFail(AwardType, { id: eligible[0]!.awardTypeId });
      const decision = await issueDecision(
        em,
        {
          number: input.decisionNumber,
          issuedOn: input.issuedOn,
          issuer: input.issuer,
          issuerLevel: firstType.level,
          signer: input.signer ?? null,
          subject: `Về việc khen thưởng theo hồ sơ ${dossier.code}: ${dossier.title}`,
        },
        'decisionNumber',
        problems,
      );
      const items = eligible.map((l) => ({
        unitId: l.unitId,
        personId: l.personId,
        householdId: l.householdId,
        subjectKind: l.subjectKind,
        awardTypeId: l.awardTypeId,
        year: dossier.year,
        achievement: l.achievement?.trim() || dossier.title,
        kind: dossier.kind as CommendationKind,
        blocId: dossier.blocId,
        movementId: dossier.movementId,
      }));
      const commendations = await issueCommendations(em, decision, items, (i) => ['lines', String(eligible[i]!.position)], problems);
      eligible.forEach((l, i) => (l.commendationId = commendations[i]!.id));
      await em.save(eligible);
      dossier.decisionId = decision.id;
      return this.workflow.apply(em, actor, dossier, 'AWARDED', `Phê duyệt: Quyết định số ${decision.number} của ${decision.issuer}.`);
    });
  }

  cancel(actor: Actor, input: CancelDossierApprovalInput): Promise<Dossier> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const dossier = await this.load(em, actor, input.dossierId, input.expectedVersion, 'AWAITING_DECISION', problems);
      if (dossier.status !== 'AWARDED' || !dossier.decisionId) problems.add('dossierId', 'INVALID_STATE', 'Chỉ hủy phê duyệt hồ sơ đã khen thưởng.');
      problems.throwIfAny();
      const lines = await em.find(DossierLine, { where: { dossierId: dossier.id }, lock: { mode: 'pessimistic_write' } });
      const linked = lines.filter((l) => l.commendationId);
      const ids = linked.map((l) => l.commendationId!);
      const commendations = ids.length ? await em.find(Commendation, { where: { id: In(ids) }, lock: { mode: 'pessimistic_write' } }) : [];
      if (commendations.some((c) => c.status !== 'AWARDED')) problems.add('dossierId', 'COMMENDATION_PRESENTED');
      problems.throwIfAny();
      linked.forEach((l) => (l.commendationId = null));
      if (linked.length) await em.save(linked);
      if (ids.length) await removeRecords(em, Commendation, { id: In(ids) });
      const decisionId = dossier.decisionId!;
      dossier.decisionId = null;
      const saved = await this.workflow.apply(em, actor, dossier, 'AWAITING_DECISION', input.reason);
      if (!(await decisionInUse(em, decisionId))) await removeRecords(em, Decision, { id: decisionId });
      return saved;
    });
  }

  /** The dossier, locked, as the Board sees it; its status as the field "sent", so a status changed since is a CONFLICT. */
  private load(em: EntityManager, actor: Actor, id: string, expectedVersion: number | null | undefined, to: Dossier['status'], problems: Problems) {
    const authorize = () => requirePermission(actor, 'write:domain');
    const sent: { id: string; expectedVersion?: number | null; status: Dossier['status'] } = { id, expectedVersion, status: to };
    return loadForUpdate(em, Dossier, sent, problems, { viewer: actor, authorize });
  }
}
