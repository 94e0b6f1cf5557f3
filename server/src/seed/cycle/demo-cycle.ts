import { In, type DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { withChangeOrigin } from '../../core/changes/origin.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { Bloc } from '../../modules/bloc/entities.js';
import { BallotSession } from '../../modules/ballot/entities.js';
import { Covenant, CovenantCriterion } from '../../modules/covenant/entities.js';
import { CovenantSheet } from '../../modules/scoring/entities.js';
import { Unit } from '../../modules/unit/entities.js';
import { actorOfUser } from '../../modules/user/index.js';
import { User } from '../../modules/user/entities.js';
import { buildServices } from '../../services.js';
import { CYCLE_BLOC, CYCLE_YEAR, ILLUSTRATIVE, MEETING, REVIEW_SCORES, VOTES, type MemberName } from './demo-cycle.data.js';

const gid = (type: { name: string }, id: string) => toGlobalId(type.name, id);
/** Runs a step as `actor`, so the event log names the officer who would take it (not the system). */
const act = <T>(actor: Actor, work: () => Promise<T>) => withChangeOrigin({ actor, requestId: null }, work);

/**
 * Runs one bloc of the seeds (Hải Phòng associations, seed 000) through its whole 2023 year after
 * signing, through the same services the API calls, as the officers who would act: scoring
 * settings, self-scores and submission by each member, review and finalization by the bloc, the
 * secret ballot for the leading unit and one for Certificates of Merit, minutes, the year's
 * leader and proposals. The articles give no scores or votes: every figure is illustrative and
 * says so. Runs once, on a covenant still SIGNED; anything else is left alone.
 */
export async function runDemoCycle(db: DataSource): Promise<boolean> {
  const bloc = await db.manager.findOneBy(Bloc, { code: CYCLE_BLOC });
  const covenant = bloc && (await db.manager.findOneBy(Covenant, { blocId: bloc.id, year: CYCLE_YEAR }));
  if (!covenant || covenant.status !== 'SIGNED') return false;
  const services = buildServices(db);
  const officer = await officers(db);
  const units = new Map((await db.manager.findBy(Unit, { name: In(Object.keys(REVIEW_SCORES)) })).map((u) => [u.name, u]));
  const unit = (name: MemberName) => units.get(name)!;
  const criteria = await db.manager.find(CovenantCriterion, { where: { covenantId: covenant.id }, order: { rank: 'ASC' } });
  const covenantId = gid(Covenant, covenant.id);
  const step = (actor: Actor, to: Covenant['status']) => act(actor, () => services.covenantWorkflow.transition(actor, { id: covenantId, to }));

  await act(officer.bloc, () =>
    services.scoringSettings.setSettings(officer.bloc, {
      covenantId,
      leaderNotTwiceInARow: true,
      selfAssessmentDueOn: `${CYCLE_YEAR}-12-05`,
      reviewDueOn: `${CYCLE_YEAR}-12-15`,
    }),
  );
  await step(officer.bloc, 'IN_PROGRESS');
  await step(officer.bloc, 'SELF_ASSESSMENT');

  // Each member scores itself (every task met) and submits its sheet.
  for (const name of Object.keys(REVIEW_SCORES) as MemberName[]) {
    const actor = officer.unit(unit(name));
    for (const criterion of criteria) {
      await act(actor, () =>
        services.scoring.enterSelfAssessment(actor, {
          criterionId: gid(CovenantCriterion, criterion.id),
          unitId: gid(Unit, unit(name).id),
          met: true,
          evidence: `Báo cáo kết quả thực hiện ${criterion.title.toLowerCase()} năm ${CYCLE_YEAR}. ${ILLUSTRATIVE}`,
        }),
      );
    }
    const sheet = await sheetOf(db, covenant.id, unit(name).id);
    await act(actor, () => services.covenantSheetWorkflow.transition(actor, { id: sheet, to: 'SUBMITTED' }));
  }

  // The bloc head's office reviews every sheet, then finalizes it.
  await step(officer.bloc, 'REVIEW');
  for (const [name, scores] of Object.entries(REVIEW_SCORES) as [MemberName, number[]][]) {
    for (const [i, criterion] of criteria.entries()) {
      await act(officer.bloc, () =>
        services.scoring.enterReviewScore(officer.bloc, {
          criterionId: gid(CovenantCriterion, criterion.id),
          unitId: gid(Unit, unit(name).id),
          reviewScore: scores[i]!,
          reviewComment: ILLUSTRATIVE,
        }),
      );
    }
    const sheet = await sheetOf(db, covenant.id, unit(name).id);
    await act(officer.bloc, () => services.covenantSheetWorkflow.transition(officer.bloc, { id: sheet, to: 'REVIEWED' }));
    await act(officer.bloc, () => services.covenantSheetWorkflow.transition(officer.bloc, { id: sheet, to: 'FINAL' }));
  }

  await step(officer.bloc, 'VOTING');
  for (const purpose of ['LEADING_UNIT', 'PROPOSAL'] as const) {
    const session = await act(officer.bloc, () =>
      services.ballotSessions.create(officer.bloc, {
        covenantId,
        purpose,
        title: purpose === 'LEADING_UNIT' ? `Bình chọn đơn vị dẫn đầu Khối năm ${CYCLE_YEAR}` : `Bình xét đề nghị tặng Bằng khen năm ${CYCLE_YEAR}`,
        ...MEETING,
      }),
    );
    const id = gid(BallotSession, session.id);
    await act(officer.bloc, () => services.ballotWorkflow.transition(officer.bloc, { id, to: 'OPEN' }));
    for (const [voter, agreed] of Object.entries(VOTES[purpose]) as [MemberName, MemberName[]][]) {
      const candidates = agreed.filter((name) => session.candidateUnitIds.includes(unit(name).id));
      await act(officer.unit(unit(voter)), () =>
        services.ballotCasts.cast(officer.unit(unit(voter)), {
          sessionId: id,
          unitId: gid(Unit, unit(voter).id),
          agreedCandidateIds: candidates.map((n) => gid(Unit, unit(n).id)),
        }),
      );
    }
    await act(officer.bloc, () => services.ballotWorkflow.transition(officer.bloc, { id, to: 'CLOSED' }));
  }
  await step(officer.bloc, 'PROPOSED');
  return true;
}

async function sheetOf(db: DataSource, covenantId: string, unitId: string): Promise<string> {
  return gid(CovenantSheet, (await db.manager.findOneByOrFail(CovenantSheet, { covenantId, unitId })).id);
}

/** The bloc officer and each member unit's officer, as their demo accounts (demo/users.ts). */
async function officers(db: DataSource) {
  const users = await db.manager.findBy(User, { role: In(['BLOC_OFFICER', 'UNIT_OFFICER']) });
  const bloc = users.find((u) => u.role === 'BLOC_OFFICER' && u.username === 'can_bo_khoi')!;
  return {
    bloc: actorOfUser(bloc),
    unit: (unit: Unit): Actor => actorOfUser(users.find((u) => u.role === 'UNIT_OFFICER' && u.unitId === unit.id)!),
  };
}
