import type { CovenantSheetStatus } from '@thidua/shared';

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
