import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { ForbiddenError, canWriteBloc, requireWrite } from '../../core/auth/policy.js';
import { lockVisibleTargets } from '../../core/auth/scope.js';
import { resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { AwardType } from '../award-type/entities.js';
import { BallotSession } from '../ballot/entities.js';
import { Bloc, BlocYearRole } from '../bloc/entities.js';
import { Covenant } from '../covenant/entities.js';
import { CommendationProposal } from '../proposal/entities.js';
import { Unit } from '../unit/entities.js';
import { DossierLine } from './dossier-line.entity.js';
import type { CreateDossierFromProposalsInput } from './dossier-flow.inputs.js';
import { Dossier } from './dossier.entity.js';
import { achievementOf, AWARD_TYPE_CODE_OF_PROPOSAL } from './dossier-proposal-awards.js';
import { newDossier } from './dossier.service.js';

/**
 * The bloc's dossier from its vote (WORKFLOW.md §2, bloc flow): a DRAFT at the bloc's level, sent on
 * submit to the Board, proposed by the bloc's head unit of the year, with one line per proposal (the
 * unit, the award type its proposal maps to, the vote as achievement). Each proposal becomes
 * IN_DOSSIER and points to the dossier. All or nothing: one proposal unknown, unseen, of another
 * covenant or already in a dossier (PROPOSAL_IN_DOSSIER) and nothing is written.
 */
export class DossierFromProposalsService {
  constructor(private readonly db: DataSource) {}

  create(actor: Actor, input: CreateDossierFromProposalsInput): Promise<Dossier> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const proposals = await lockVisibleTargets(
        em,
        actor,
        CommendationProposal,
        input.proposalIds,
        'proposalIds',
        'Không tìm thấy đề nghị với mã này.',
        problems,
      );
      problems.throwIfAny();
      const covenantId = proposals[0]!.covenantId;
      if (!proposals.every((p) => canWriteBloc(actor, p.blocId))) throw new ForbiddenError();
      proposals.forEach((p, i) => {
        if (p.covenantId !== covenantId) problems.add(['proposalIds', String(i)], 'INVALID', 'Các đề nghị phải cùng một giao ước.');
        if (p.dossierId || p.status !== 'PROPOSED') problems.add(['proposalIds', String(i)], 'PROPOSAL_IN_DOSSIER');
      });
      const covenant = await em.findOneByOrFail(Covenant, { id: covenantId });
      const bloc = await em.findOneByOrFail(Bloc, { id: covenant.blocId });
      const head = await em.findOneBy(BlocYearRole, { blocId: bloc.id, year: covenant.year, role: 'HEAD' });
      const given = head ? null : await resolveRef(em, Unit, input.proposingUnitId, 'proposingUnitId', problems);
      if (!head && !given && !input.proposingUnitId) problems.add('proposingUnitId', 'REQUIRED', 'Khối chưa có trưởng khối năm này: chọn đơn vị đề nghị.');
      const types = await this.awardTypes(em, problems);
      problems.throwIfAny();

      const dossier = await em.save(
        await newDossier(em, {
          kind: 'MERIT',
          year: covenant.year,
          title: input.title || `Đề nghị khen thưởng năm ${covenant.year} của ${bloc.name}`,
          originLevel: 'BLOC',
          proposingUnitId: head?.unitId ?? given!.id,
          blocId: bloc.id,
          movementId: null,
          covenantId: covenant.id,
          proposalNumber: input.proposalNumber,
          proposalDate: input.proposalDate,
          proposalSigner: input.proposalSigner,
          currentLevel: 'BLOC',
          holderUnitId: null,
        }),
      );
      const voters = await this.voters(em, proposals);
      const lines = proposals.map((p, i) =>
        em.create(DossierLine, {
          dossierId: dossier.id,
          subjectKind: 'COLLECTIVE',
          unitId: p.unitId,
          personId: null,
          householdId: null,
          awardTypeId: types.get(p.award)!.id,
          achievement: achievementOf(p.award, bloc.name, p.year, p.votes, voters.get(p.sessionId) ?? null),
          position: i + 1,
          included: true,
        }),
      );
      await em.save(lines);
      await em.save(proposals.map((p, i) => Object.assign(p, { status: 'IN_DOSSIER', dossierId: dossier.id, dossierLineId: lines[i]!.id })));
      return dossier;
    });
  }

  private async awardTypes(em: EntityManager, problems: Problems): Promise<Map<string, AwardType>> {
    const codes = Object.values(AWARD_TYPE_CODE_OF_PROPOSAL);
    const rows = new Map((await em.findBy(AwardType, { code: In(codes) })).map((t) => [t.code, t]));
    const types = new Map<string, AwardType>();
    for (const [award, code] of Object.entries(AWARD_TYPE_CODE_OF_PROPOSAL)) {
      const type = rows.get(code);
      if (type) types.set(award, type);
      else problems.add('proposalIds', 'NOT_FOUND', `Danh mục chưa có hình thức khen thưởng ${code}.`);
    }
    return types;
  }

  /** How many could vote in each proposal's session (fixed at its close). */
  private async voters(em: EntityManager, proposals: CommendationProposal[]): Promise<Map<string, number | null>> {
    const sessions = await em.findBy(BallotSession, { id: In([...new Set(proposals.map((p) => p.sessionId))]) });
    return new Map(sessions.map((s) => [s.id, s.closedVoterCount]));
  }
}
