import { PROPOSED_AWARD_OF } from '@thidua/shared';
import type { EntityManager } from 'typeorm';
import { lockBloc, saveBlocLeader } from '../bloc/index.js';
import { CommendationProposal } from '../proposal/entities.js';
import type { BallotSession } from './ballot-session.entity.js';
import { electLeader, type LeaderOutcome, type Tally } from './ballot.tally.js';

/** The count a candidate's percent is taken of: the voters who voted, or all voters. */
export function baseOf(session: BallotSession, result: Tally): number {
  return session.thresholdBase === 'PRESENT' ? result.voted : result.voters;
}

/**
 * What a closed session records, in its closing transaction: a leading-unit ballot makes its
 * leader the bloc's leader of the year (a tie at the top or nobody passing records none, leaving
 * any earlier record as it is) and proposes it for the Emulation Flag; a merit ballot proposes
 * every passing candidate for a Certificate of Merit. Returns who leads (LEADING_UNIT only).
 */
export async function recordResults(em: EntityManager, session: BallotSession, year: number, result: Tally): Promise<LeaderOutcome | null> {
  const base = baseOf(session, result);
  const proposal = (unitId: string, votes: number, percent: number) =>
    em.create(CommendationProposal, {
      covenantId: session.covenantId,
      blocId: session.blocId,
      sessionId: session.id,
      unitId,
      year,
      award: PROPOSED_AWARD_OF[session.purpose],
      status: 'PROPOSED',
      votes,
      percent,
    });
  if (session.purpose === 'PROPOSAL') {
    const passed = result.candidates.filter((c) => c.passed);
    if (passed.length) await em.save(passed.map((c) => proposal(c.unitId, c.votes, c.percent)));
    return null;
  }
  const leader = electLeader(result);
  if (leader.unitId === null) return leader;
  await lockBloc(em, session.blocId);
  await saveBlocLeader(em, session.blocId, year, leader.unitId, `Bình chọn: ${leader.votes}/${base} phiếu (${leader.percent}%)`);
  await em.save(proposal(leader.unitId, leader.votes, leader.percent));
  return leader;
}
