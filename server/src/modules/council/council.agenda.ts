import { councilLinePasses, type CouncilResult } from '@thidua/shared';
import type { EntityManager } from 'typeorm';
import type { Problems } from '../../core/errors.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { resolveRefs } from '../covenant/index.js';
import { Dossier, DossierLine } from '../dossier/entities.js';
import type { CouncilSession } from './council-session.entity.js';
import type { CouncilAgendaItem, StoredAgendaItem } from './council.types.js';

/**
 * The lines a session votes on, from the dossiers named (every included line appraised ELIGIBLE)
 * and the lines named; each must be an included ELIGIBLE line of a dossier awaiting decision.
 * Counts already recorded for a line that stays are kept.
 */
export async function agendaOf(
  em: EntityManager,
  input: { dossierIds?: string[] | null; lineIds?: string[] | null },
  previous: readonly StoredAgendaItem[],
  problems: Problems,
): Promise<StoredAgendaItem[]> {
  const dossierIds = await resolveRefs(em, Dossier, input.dossierIds, 'dossierIds', problems);
  const lineIds = await resolveRefs(em, DossierLine, input.lineIds, 'lineIds', problems);
  const rows: { id: string; dossierId: string; ok: boolean }[] =
    dossierIds.length || lineIds.length
      ? await em.query(
          `SELECT l.id, l.dossier_id AS "dossierId", (d.status = 'AWAITING_DECISION' AND l.included AND l.appraisal_result = 'ELIGIBLE') AS ok
             FROM dossier_line l JOIN dossier d ON d.id = l.dossier_id
            WHERE l.id = ANY($2::uuid[]) OR (l.dossier_id = ANY($1::uuid[]) AND l.included AND l.appraisal_result = 'ELIGIBLE')
            ORDER BY d.code, l.position, l.id`,
          [dossierIds, lineIds],
        )
      : [];
  const byDossier = new Set(rows.filter((r) => r.ok).map((r) => r.dossierId));
  dossierIds.forEach((id, i) => {
    if (!byDossier.has(id)) problems.add(['dossierIds', String(i)], 'NOT_AWAITING_DECISION');
  });
  const ok = new Map(rows.map((r) => [r.id, r.ok]));
  (input.lineIds ?? []).forEach((globalId, i) => {
    if (ok.get(fromGlobalId(globalId)?.id ?? '') === false) problems.add(['lineIds', String(i)], 'NOT_AWAITING_DECISION');
  });
  const kept = new Map(previous.map((item) => [item.lineId, item]));
  return rows.filter((r) => r.ok).map((r) => kept.get(r.id) ?? { lineId: r.id, agree: null, disagree: null });
}

export const presentOf = (session: Pick<CouncilSession, 'members'>) => session.members.filter((m) => m.present).length;

/** What a line's share of agreeing votes is measured against: the members present, or all of them. */
export const baseOf = (session: Pick<CouncilSession, 'members' | 'thresholdBase'>) =>
  session.thresholdBase === 'PRESENT' ? presentOf(session) : session.members.length;

/** Each agenda line with its percent and result by the session's rule (null until counted). */
export function scoredAgenda(session: Pick<CouncilSession, 'agenda' | 'members' | 'thresholdBase' | 'thresholdPercent'>): CouncilAgendaItem[] {
  const base = baseOf(session);
  return session.agenda.map((item) => {
    const counted = item.agree !== null && item.disagree !== null;
    const result: CouncilResult | null = counted ? (councilLinePasses(item.agree!, base, session.thresholdPercent) ? 'PASSED' : 'FAILED') : null;
    return { ...item, percent: counted && base > 0 ? Math.round((item.agree! * 1000) / base) / 10 : null, result };
  });
}
