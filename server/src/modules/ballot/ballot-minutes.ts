import type { EntityManager } from 'typeorm';
import { MEMBER_IN_COVENANT_YEAR } from '../covenant/index.js';
import { rankingsIn } from '../scoring/index.js';
import type { BallotMinutes } from './ballot-minutes.types.js';
import type { BallotSession } from './ballot-session.entity.js';
import { baseOf } from './ballot-results.js';
import type { LeaderOutcome, Tally } from './ballot.tally.js';

export interface CovenantOfSession {
  year: number;
  title: string;
  blocName: string;
}

export async function covenantOf(em: EntityManager, session: BallotSession): Promise<CovenantOfSession> {
  const [row] = await em.query(`SELECT c.year, c.title, b.name AS "blocName" FROM covenant c JOIN bloc b ON b.id = c.bloc_id WHERE c.id = $1`, [
    session.covenantId,
  ]);
  return row;
}

/** The voters (member units in the covenant's year) by name, whether each voted and on paper: never what. */
export function attendanceOf(em: EntityManager, session: BallotSession): Promise<BallotMinutes['attendance']> {
  return em.query(
    `SELECT u.id AS "unitId", u.name AS "unitName", (p.id IS NOT NULL) AS voted, COALESCE(p.paper, false) AS paper
     FROM unit u LEFT JOIN ballot_participation p ON p.session_id = $2 AND p.unit_id = u.id
     WHERE u.id IN (SELECT m.unit_id FROM covenant c JOIN bloc_membership m ON ${MEMBER_IN_COVENANT_YEAR} WHERE c.id = $1)
     ORDER BY u.name COLLATE "vi-VN-x-icu", u.id`,
    [session.covenantId, session.id],
  );
}

async function namesOf(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const rows: { id: string; name: string }[] = ids.length ? await em.query(`SELECT id, name FROM unit WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]) : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}

function conclusion(session: BallotSession, result: Tally, leader: LeaderOutcome | null, name: (id: string) => string): string {
  const passed = result.candidates.filter((c) => c.passed);
  if (!result.quorumMet)
    return `Không đủ số đơn vị bỏ phiếu theo quy định (${result.voted}/${result.voters}, cần ${session.quorumPercent}%): không ứng viên nào đạt.`;
  if (!passed.length) return `Không ứng viên nào đạt tỷ lệ ${session.thresholdPercent}% phiếu đồng ý.`;
  const base = baseOf(session, result);
  const list = passed.map((c) => `${name(c.unitId)} (${c.votes}/${base} phiếu, ${c.percent}%)`).join('; ');
  if (session.purpose === 'PROPOSAL') return `Các đơn vị đạt, đề nghị tặng Bằng khen: ${list}.`;
  if (leader?.unitId) return `Đơn vị dẫn đầu khối, đề nghị tặng Cờ thi đua: ${name(leader.unitId)} (${leader.votes}/${base} phiếu, ${leader.percent}%).`;
  const tied = leader && leader.unitId === null ? leader.tied.map(name).join(', ') : '';
  return `Không bình chọn được đơn vị dẫn đầu: ${tied} bằng số phiếu cao nhất. Các đơn vị đạt: ${list}.`;
}

/**
 * The minutes of a session as it closes (in the closing transaction): names are copied now, so a
 * later rename or membership change leaves them as they were. Counts only: a secret ballot's
 * choices are nowhere in them (nor are an open ballot's: the per-candidate counts are the result).
 */
export async function composeMinutes(
  em: EntityManager,
  session: BallotSession,
  covenant: CovenantOfSession,
  result: Tally,
  leader: LeaderOutcome | null,
  attendance: BallotMinutes['attendance'],
): Promise<BallotMinutes> {
  const ranking = (await rankingsIn(em, [session.covenantId])).get(session.covenantId);
  const rows = ranking?.rows ?? [];
  const names = await namesOf(em, [...session.candidateUnitIds, ...rows.map((r) => r.unitId)]);
  const name = (id: string) => names.get(id) ?? '';
  return {
    closedAt: new Date().toISOString(),
    blocName: covenant.blocName,
    year: covenant.year,
    covenantTitle: covenant.title,
    title: session.title,
    purpose: session.purpose,
    secret: session.secret,
    meeting: { date: session.meetingDate, venue: session.venue, chair: session.chair, secretary: session.secretary, boardGuest: session.boardGuest },
    voters: result.voters,
    voted: result.voted,
    turnoutPercent: result.turnoutPercent,
    attendance,
    thresholdPercent: session.thresholdPercent,
    thresholdBase: session.thresholdBase,
    quorumPercent: session.quorumPercent,
    quorumMet: result.quorumMet,
    candidates: result.candidates.map((c) => ({ unitId: c.unitId, unitName: name(c.unitId), votes: c.votes, percent: c.percent, passed: c.passed })),
    leaderUnitId: leader?.unitId ?? null,
    leaderName: leader?.unitId ? name(leader.unitId) : null,
    result: conclusion(session, result, leader, name),
    scoreTable: rows.map((r) => ({
      unitId: r.unitId,
      rank: r.rank,
      group: r.group,
      unitName: name(r.unitId),
      total: r.totalScore,
      percent: r.ratio === null ? null : Math.round(r.ratio * 10000) / 100,
    })),
  };
}
