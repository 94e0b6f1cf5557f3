/**
 * Covenant scoring: which stage's score is final, the ranking groups and why a unit cannot lead.
 * The formulas themselves run in the database (server/src/modules/scoring/ranking.sql.ts).
 */
import type { Label } from './enums.js';

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  const values = Object.keys(labels) as K[];
  return { values, labels };
}

export const ScoreFinalStage = vocabulary({
  REVIEW: { vi: 'Điểm thẩm định (chưa thẩm định thì dùng điểm tự chấm)', en: "The reviewer's score (self-score until reviewed)" },
  HIGHEST: { vi: 'Điểm cao nhất giữa tự chấm và thẩm định', en: 'The highest of self-score and review' },
});
export type ScoreFinalStage = (typeof ScoreFinalStage.values)[number];

export const RankingGroup = vocabulary({
  TARGETED: { vi: 'Đơn vị được giao chỉ tiêu', en: 'Units with targets' },
  NO_TARGET: { vi: 'Đơn vị không được giao chỉ tiêu (xếp hạng riêng)', en: 'Units without targets (ranked apart)' },
});
export type RankingGroup = (typeof RankingGroup.values)[number];

export const RankingExclusionCode = vocabulary({
  SERIOUS_VIOLATION: { vi: 'Có vi phạm nghiêm trọng', en: 'Serious violation' },
  LED_LAST_YEAR: { vi: 'Đã dẫn đầu năm trước', en: 'Led the bloc the year before' },
  NO_TARGETS: { vi: 'Không được giao chỉ tiêu', en: 'No targets assigned' },
});
export type RankingExclusionCode = (typeof RankingExclusionCode.values)[number];

/** A unit's assessment sheet of one covenant (self-score → review → final), in lifecycle order. */
export const CovenantSheetStatus = vocabulary({
  DRAFT: { vi: 'Đang tự chấm', en: 'Self-scoring' },
  SUBMITTED: { vi: 'Đã nộp, chờ thẩm định', en: 'Submitted for review' },
  REVIEWED: { vi: 'Đã thẩm định', en: 'Reviewed' },
  FINAL: { vi: 'Đã chốt điểm', en: 'Final' },
});
export type CovenantSheetStatus = (typeof CovenantSheetStatus.values)[number];

/** Bounds of scoring inputs, shared by the API's validation and the scoring forms. */
export const SCORING_LIMITS = {
  /** Actual values and targets of quantitative criteria. */
  valueMax: 1_000_000_000,
  /** Occurrences, bonus and penalty counts. */
  countMax: 10_000,
  /** Share of the max score at exactly the target (NSC: 0.5). */
  targetShareDefault: 0.5,
  /** Ratios this close to the best over-target ratio get the full score (NSC: 0.0001). */
  leaderToleranceDefault: 0.0001,
  reasonMax: 2000,
} as const;
