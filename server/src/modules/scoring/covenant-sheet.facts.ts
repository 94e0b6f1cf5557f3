import type { CovenantStatus } from '@thidua/shared';
import type { Queryable } from '../../core/workflow/definition.js';

/** What a sheet's guards need: its covenant's status, and how many of its leaf criteria lack a self-score or a review score. */
export interface SheetFacts {
  covenantStatus: CovenantStatus;
  missingSelf: number;
  missingReview: number;
}

/** A leaf criterion `k` (no sub-criteria) of the sheet `s`'s covenant. */
const LEAF = `k.covenant_id = s.covenant_id AND NOT EXISTS (SELECT 1 FROM covenant_criterion ch WHERE ch.parent_id = k.id)`;
const CELL = `a.criterion_id = k.id AND a.unit_id = s.unit_id`;
/** The self-score inputs of the criterion's kind are present (or it is marked not assigned). */
const SELF_SCORED = `(a.not_assigned OR CASE k.kind
    WHEN 'QUANTITATIVE' THEN a.actual_value IS NOT NULL
    WHEN 'QUALITATIVE' THEN a.met IS NOT NULL
    WHEN 'PER_OCCURRENCE' THEN a.occurrences IS NOT NULL
    ELSE a.bonus_count IS NOT NULL OR a.penalty_count IS NOT NULL END)`;

/** One statement for many sheets. */
export async function sheetFacts(db: Queryable, ids: readonly string[]): Promise<Map<string, SheetFacts>> {
  const rows: { id: string; covenant_status: CovenantStatus; missing_self: number; missing_review: number }[] = await db.query(
    `SELECT s.id, c.status AS covenant_status,
       (SELECT COUNT(*) FROM covenant_criterion k WHERE ${LEAF}
          AND NOT EXISTS (SELECT 1 FROM covenant_assessment a WHERE ${CELL} AND ${SELF_SCORED}))::int AS missing_self,
       (SELECT COUNT(*) FROM covenant_criterion k WHERE ${LEAF}
          AND NOT EXISTS (SELECT 1 FROM covenant_assessment a WHERE ${CELL} AND (a.not_assigned OR a.review_score IS NOT NULL)))::int AS missing_review
     FROM covenant_sheet s JOIN covenant c ON c.id = s.covenant_id WHERE s.id = ANY($1::uuid[])`,
    [[...ids]],
  );
  return new Map(rows.map((r) => [r.id, { covenantStatus: r.covenant_status, missingSelf: r.missing_self, missingReview: r.missing_review }]));
}
