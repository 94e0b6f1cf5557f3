import type { Queryable } from '../../core/workflow/definition.js';
import type { BallotSession } from './ballot-session.entity.js';
import { tally, type Tally } from './ballot.tally.js';

/** The count of a session from its counters and its participations, against `voters` (fixed at close). */
export async function countSession(db: Queryable, session: BallotSession, voters: number): Promise<Tally> {
  const rows: { unit_id: string; agree: number }[] = await db.query(`SELECT candidate_unit_id AS unit_id, agree FROM ballot_tally WHERE session_id = $1`, [
    session.id,
  ]);
  const [turnout]: { voted: number }[] = await db.query(`SELECT COUNT(*)::int AS voted FROM ballot_participation WHERE session_id = $1`, [session.id]);
  const byUnit = new Map(rows.map((r) => [r.unit_id, r.agree]));
  const votes = session.candidateUnitIds.map((unitId) => ({ unitId, votes: byUnit.get(unitId) ?? 0 }));
  return tally(session, voters, turnout!.voted, votes);
}
