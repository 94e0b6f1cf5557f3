import type { Label } from './enums.js';

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  return { values: Object.keys(labels) as K[], labels };
}

/** A bloc vote's life: drafted, open for ballots, closed (tallied) or cancelled. */
export const BallotStatus = vocabulary({
  DRAFT: { vi: 'Dự thảo', en: 'Draft' },
  OPEN: { vi: 'Đang bỏ phiếu', en: 'Open' },
  CLOSED: { vi: 'Đã kết thúc', en: 'Closed' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
});
export type BallotStatus = (typeof BallotStatus.values)[number];

/** What the bloc votes for (WORKFLOW.md §1, "Vote and conference"). */
export const BallotPurpose = vocabulary({
  LEADING_UNIT: { vi: 'Bình chọn đơn vị dẫn đầu (đề nghị Cờ thi đua)', en: 'Leading unit (Emulation Flag)' },
  PROPOSAL: { vi: 'Đề nghị khen thưởng (Bằng khen)', en: 'Award proposals (Certificate of Merit)' },
});
export type BallotPurpose = (typeof BallotPurpose.values)[number];

/** What a candidate's share of votes is measured against. */
export const BallotThresholdBase = vocabulary({
  PRESENT: { vi: 'Trên số đơn vị đã bỏ phiếu', en: 'Of the voters who voted' },
  ALL: { vi: 'Trên tổng số đơn vị được bỏ phiếu', en: 'Of all voters' },
});
export type BallotThresholdBase = (typeof BallotThresholdBase.values)[number];

/**
 * Default settings of a new ballot session; every one is a setting on the session. The sources
 * name none of them for blocs (WORKFLOW.md §1 [M]); ≥70% agreement is common practice (DOMAIN.md §6 [R]).
 * `maxChoices`: null = agree/disagree on each candidate (a ballot agrees with any number of them);
 * N = each ballot agrees with at most N candidates (the leading unit: 1).
 */
export const BALLOT_DEFAULTS = {
  LEADING_UNIT: {
    secret: true,
    selfVoteAllowed: false,
    maxChoices: 1 as number | null,
    thresholdPercent: 50,
    thresholdBase: 'ALL' as BallotThresholdBase,
    quorumPercent: 50,
  },
  PROPOSAL: {
    secret: true,
    selfVoteAllowed: false,
    maxChoices: null as number | null,
    thresholdPercent: 70,
    thresholdBase: 'PRESENT' as BallotThresholdBase,
    quorumPercent: 50,
  },
} as const satisfies Record<BallotPurpose, unknown>;

export const BALLOT_LIMITS = { titleMax: 300, candidatesMax: 100 } as const;

/** A share in percent (0–100) with 2 decimals; 0 when nobody could vote. */
export function sharePercent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 10000) / whole) / 100 : 0;
}

/** Reaches `percent` of `whole` (integer arithmetic, no rounding trap): part/whole ≥ percent/100. */
export function reaches(part: number, whole: number, percent: number): boolean {
  return whole > 0 && part * 100 >= percent * whole;
}
