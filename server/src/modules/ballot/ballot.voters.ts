import type { Queryable } from '../../core/workflow/definition.js';
import { MEMBER_IN_COVENANT_YEAR } from '../covenant/index.js';

/** Voters of a covenant's ballots: its bloc's member units in its year, one voice each. */
export async function countVoters(db: Queryable, covenantId: string): Promise<number> {
  const [row] = await db.query(
    `SELECT COUNT(DISTINCT m.unit_id)::int AS n FROM covenant c JOIN bloc_membership m ON ${MEMBER_IN_COVENANT_YEAR} WHERE c.id = $1`,
    [covenantId],
  );
  return row.n;
}

/** Of these units, the ones that are voters of the covenant. */
export async function votersAmong(db: Queryable, covenantId: string, unitIds: readonly string[]): Promise<Set<string>> {
  if (!unitIds.length) return new Set();
  const rows: { unit_id: string }[] = await db.query(
    `SELECT DISTINCT m.unit_id FROM covenant c JOIN bloc_membership m ON ${MEMBER_IN_COVENANT_YEAR} WHERE c.id = $1 AND m.unit_id = ANY($2::uuid[])`,
    [covenantId, [...unitIds]],
  );
  return new Set(rows.map((r) => r.unit_id));
}
