/**
 * Vocabularies and limits of the eligibility engine (WORKFLOW.md §3): rule outcomes, yearly
 * performance ratings, initiative recognition levels, discipline forms.
 */
import type { Label } from './enums.js';

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  const values = Object.keys(labels) as K[];
  return { values, labels };
}

export const EligibilityOutcome = vocabulary({
  PASS: { vi: 'Đạt', en: 'Pass' },
  FAIL: { vi: 'Không đạt', en: 'Fail' },
  NEEDS_REVIEW: { vi: 'Cần xem xét', en: 'Needs review' },
});
export type EligibilityOutcome = (typeof EligibilityOutcome.values)[number];

/** Yearly rating, best first (the order matters: "at least GOOD" includes EXCELLENT). */
export const PerformanceRatingLevel = vocabulary({
  EXCELLENT: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent completion' },
  GOOD: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good completion' },
  COMPLETED: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  NOT_COMPLETED: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
});
export type PerformanceRatingLevel = (typeof PerformanceRatingLevel.values)[number];

/** Where an initiative was recognised, lowest first. */
export const InitiativeLevel = vocabulary({
  GRASSROOTS: { vi: 'Cấp cơ sở', en: 'Grassroots' },
  PROVINCE: { vi: 'Cấp tỉnh', en: 'Province' },
  NATIONAL: { vi: 'Toàn quốc', en: 'National' },
});
export type InitiativeLevel = (typeof InitiativeLevel.values)[number];

export const DisciplineForm = vocabulary({
  REPRIMAND: { vi: 'Khiển trách', en: 'Reprimand' },
  WARNING: { vi: 'Cảnh cáo', en: 'Warning' },
  DEMOTION: { vi: 'Hạ bậc lương, giáng chức', en: 'Demotion' },
  DISMISSAL: { vi: 'Cách chức, buộc thôi việc', en: 'Dismissal' },
  OTHER: { vi: 'Hình thức khác', en: 'Other' },
});
export type DisciplineForm = (typeof DisciplineForm.values)[number];

/** How sure the rule's text is (WORKFLOW.md marks): read in the source, secondary, unverified. */
export const RuleMark = vocabulary({
  V: { vi: 'Đã đối chiếu văn bản', en: 'Verified in the source' },
  R: { vi: 'Nguồn thứ cấp', en: 'Secondary source' },
  M: { vi: 'Chưa kiểm chứng', en: 'Unverified' },
});
export type RuleMark = (typeof RuleMark.values)[number];

export const ELIGIBILITY_LIMITS = { ruleCode: 40, text: 2000, conditionDepth: 6, conditionNodes: 50, proposedUnits: 500 } as const;
