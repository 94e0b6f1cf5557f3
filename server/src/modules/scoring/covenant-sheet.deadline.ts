import type { CovenantSheetStatus } from '@thidua/shared';

/** Today in Vietnam (UTC+7 all year, no daylight saving), as YYYY-MM-DD: the day deadlines are counted in. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export interface Deadlines {
  selfAssessmentDueOn: string | null;
  reviewDueOn: string | null;
}

/**
 * Late for its stage: a draft after the self-assessment due date, a submitted sheet after the
 * review due date (a due date is the last day allowed). Reviewed and final sheets are never late.
 */
export function isOverdue(status: CovenantSheetStatus, deadlines: Deadlines | null, today: string): boolean {
  const due = status === 'DRAFT' ? deadlines?.selfAssessmentDueOn : status === 'SUBMITTED' ? deadlines?.reviewDueOn : null;
  return due != null && today > due;
}
