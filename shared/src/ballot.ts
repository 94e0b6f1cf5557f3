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

/**
 * Candidates a session gets from the covenant's ranking when it is created without a list (each
 * can be overridden by `candidateCount` on the create input): the leading unit's ballot lists the
 * best ranked units that may lead (`count`); a Certificate of Merit ballot lists the ranked units
 * in rank order, the first `sharePercent` of them (rounded up: the first half by default).
 */
export const BALLOT_DEFAULT_CANDIDATES = {
  LEADING_UNIT: { count: 3 as number | null, sharePercent: null as number | null },
  PROPOSAL: { count: null as number | null, sharePercent: 50 as number | null },
} as const satisfies Record<BallotPurpose, { count: number | null; sharePercent: number | null }>;

/** How many of `ranked` units a session lists by default for `purpose`. */
export function defaultCandidateCount(purpose: BallotPurpose, ranked: number): number {
  const rule = BALLOT_DEFAULT_CANDIDATES[purpose];
  if (rule.count !== null) return Math.min(rule.count, ranked);
  return Math.ceil((ranked * (rule.sharePercent ?? 100)) / 100);
}

/** The award a passing candidate is proposed for: the leading unit's flag, or a Certificate of Merit. */
export const ProposedAward = vocabulary({
  EMULATION_FLAG: { vi: 'Cờ thi đua', en: 'Emulation Flag' },
  CERTIFICATE_OF_MERIT: { vi: 'Bằng khen', en: 'Certificate of Merit' },
});
export type ProposedAward = (typeof ProposedAward.values)[number];

/** What each purpose's passing candidates are proposed for. */
export const PROPOSED_AWARD_OF: Record<BallotPurpose, ProposedAward> = { LEADING_UNIT: 'EMULATION_FLAG', PROPOSAL: 'CERTIFICATE_OF_MERIT' };

/** A commendation proposal's life: proposed by the vote, then taken into a nomination dossier (createDossierFromProposals). */
export const ProposalStatus = vocabulary({
  PROPOSED: { vi: 'Đã đề nghị', en: 'Proposed' },
  IN_DOSSIER: { vi: 'Đã đưa vào hồ sơ', en: 'In a dossier' },
});
export type ProposalStatus = (typeof ProposalStatus.values)[number];

export const BALLOT_LIMITS = { titleMax: 300, candidatesMax: 100, meetingTextMax: 300 } as const;

/** A share in percent (0–100) with 2 decimals; 0 when nobody could vote. */
export function sharePercent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 10000) / whole) / 100 : 0;
}

/** Reaches `percent` of `whole` (integer arithmetic, no rounding trap): part/whole ≥ percent/100. */
export function reaches(part: number, whole: number, percent: number): boolean {
  return whole > 0 && part * 100 >= percent * whole;
}
