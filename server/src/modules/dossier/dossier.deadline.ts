import type { DossierLevel } from '@thidua/shared';
import type { Queryable } from '../../core/workflow/definition.js';

/**
 * How long each level has to handle a dossier, in working days, is a setting
 * (`dossier_level_setting`, one row per level; the migration writes the procedure pages' defaults,
 * WORKFLOW.md §2). A level without a row has no deadline. Working days skip Saturdays and Sundays;
 * public holidays are not known yet.
 */
export function addWorkingDays(from: Date, days: number): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

/** The due date at `level` for a dossier arriving there now, or null when the level has no deadline. */
export async function dueDateAt(db: Queryable, level: DossierLevel, now = new Date()): Promise<string | null> {
  const rows: { working_days: number }[] = await db.query(`SELECT working_days FROM dossier_level_setting WHERE level = $1`, [level]);
  return rows[0] ? addWorkingDays(now, rows[0].working_days) : null;
}
