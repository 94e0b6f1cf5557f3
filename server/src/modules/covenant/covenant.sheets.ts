import { In, type EntityManager } from 'typeorm';
import { recordInsertedRows } from '../../core/changes/capture.js';
import { CovenantSheet } from '../scoring/entities.js';
import { MEMBER_IN_COVENANT_YEAR } from './covenant.refs.js';

/**
 * Opens the assessment sheets (DRAFT) of a covenant's member units of its year, or of one of them,
 * in one statement; existing sheets are kept as they are. The rows inserted are logged as created.
 */
export async function openSheets(em: EntityManager, covenantId: string, unitId: string | null = null): Promise<void> {
  const rows: { id: string }[] = await em.query(
    `INSERT INTO covenant_sheet (version, covenant_id, bloc_id, unit_id, status)
     SELECT DISTINCT 1, c.id, c.bloc_id, m.unit_id, 'DRAFT' FROM covenant c JOIN bloc_membership m ON ${MEMBER_IN_COVENANT_YEAR}
     WHERE c.id = $1 AND ($2::uuid IS NULL OR m.unit_id = $2::uuid)
     ON CONFLICT (covenant_id, unit_id) DO NOTHING RETURNING id`,
    [covenantId, unitId],
  );
  if (rows.length) recordInsertedRows(em, CovenantSheet, await em.findBy(CovenantSheet, { id: In(rows.map((r) => r.id)) }));
}

/** Member units of the covenant's year whose sheet is missing or not yet at least submitted (`unsubmitted`) or final (`unfinal`). */
export const SHEET_COUNTS = `
  (SELECT COUNT(DISTINCT m.unit_id) FROM bloc_membership m WHERE ${MEMBER_IN_COVENANT_YEAR} AND NOT EXISTS
    (SELECT 1 FROM covenant_sheet s WHERE s.covenant_id = c.id AND s.unit_id = m.unit_id AND s.status <> 'DRAFT'))::int AS unsubmitted,
  (SELECT COUNT(DISTINCT m.unit_id) FROM bloc_membership m WHERE ${MEMBER_IN_COVENANT_YEAR} AND NOT EXISTS
    (SELECT 1 FROM covenant_sheet s WHERE s.covenant_id = c.id AND s.unit_id = m.unit_id AND s.status = 'FINAL'))::int AS unfinal`;
