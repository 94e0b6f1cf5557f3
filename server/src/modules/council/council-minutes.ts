import type { EntityManager } from 'typeorm';
import type { CouncilSession } from './council-session.entity.js';
import { presentOf } from './council.agenda.js';
import type { CouncilAgendaItem, CouncilMinutes, CouncilMinutesLine } from './council.types.js';

/**
 * The minutes of a session as it closes (in the closing transaction): names are copied now, so a
 * later rename leaves them as they were. A secret vote's minutes hold counts only, as the council's
 * counting committee reports them.
 */
/** `scored`: the session's agenda with its results (scoredAgenda), as the close recorded them on the lines. */
export async function composeCouncilMinutes(em: EntityManager, session: CouncilSession, scored: CouncilAgendaItem[]): Promise<CouncilMinutes> {
  const rows: { id: string; code: string; subject: string; award: string }[] = await em.query(
    `SELECT l.id, d.code, COALESCE(u.name, p.full_name, h.name) AS subject, a.name_vi AS award
       FROM dossier_line l JOIN dossier d ON d.id = l.dossier_id JOIN award_type a ON a.id = l.award_type_id
       LEFT JOIN unit u ON u.id = l.unit_id LEFT JOIN person p ON p.id = l.person_id LEFT JOIN household h ON h.id = l.household_id
      WHERE l.id = ANY($1::uuid[])`,
    [scored.map((item) => item.lineId)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lines: CouncilMinutesLine[] = scored.map((item) => ({
    lineId: item.lineId,
    dossierCode: byId.get(item.lineId)?.code ?? '',
    subjectName: byId.get(item.lineId)?.subject ?? '',
    awardName: byId.get(item.lineId)?.award ?? '',
    agree: item.agree ?? 0,
    disagree: item.disagree ?? 0,
    percent: item.percent ?? 0,
    result: item.result ?? 'FAILED',
  }));
  const passed = lines.filter((l) => l.result === 'PASSED').length;
  return {
    closedAt: new Date().toISOString(),
    title: session.title,
    year: session.year,
    meetingDate: session.meetingDate,
    venue: session.venue,
    secret: session.secret,
    members: session.members,
    memberCount: session.members.length,
    present: presentOf(session),
    quorumPercent: session.quorumPercent,
    thresholdPercent: session.thresholdPercent,
    thresholdBase: session.thresholdBase,
    lines,
    conclusion: `Hội đồng thống nhất đề nghị ${passed}/${lines.length} đối tượng (đạt từ ${session.thresholdPercent}% phiếu đồng ý ${
      session.thresholdBase === 'PRESENT' ? 'trên số thành viên có mặt' : 'trên tổng số thành viên'
    } trở lên); ${lines.length - passed} đối tượng không đạt.`,
  };
}
