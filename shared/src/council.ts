import type { Label } from './enums.js';

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  return { values: Object.keys(labels) as K[], labels };
}

/**
 * A session of the Emulation and Commendation Council (Hội đồng Thi đua – Khen thưởng): drafted
 * with its members and the lines it will vote on, voting (attendance and each line's counts
 * recorded), closed (results fixed on the lines, minutes written) or cancelled.
 */
export const CouncilStatus = vocabulary({
  DRAFT: { vi: 'Dự thảo', en: 'Draft' },
  VOTING: { vi: 'Đang biểu quyết', en: 'Voting' },
  CLOSED: { vi: 'Đã kết thúc', en: 'Closed' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
});
export type CouncilStatus = (typeof CouncilStatus.values)[number];

export const CouncilMemberRole = vocabulary({
  CHAIR: { vi: 'Chủ tịch Hội đồng', en: 'Chair' },
  VICE_CHAIR: { vi: 'Phó Chủ tịch Hội đồng', en: 'Vice chair' },
  MEMBER: { vi: 'Ủy viên', en: 'Member' },
  SECRETARY: { vi: 'Ủy viên, Thư ký', en: 'Member, secretary' },
});
export type CouncilMemberRole = (typeof CouncilMemberRole.values)[number];

/** What a line's share of agreeing votes is measured against. */
export const CouncilThresholdBase = vocabulary({
  PRESENT: { vi: 'Trên số thành viên có mặt', en: 'Of the members present' },
  ALL: { vi: 'Trên tổng số thành viên Hội đồng', en: 'Of all members' },
});
export type CouncilThresholdBase = (typeof CouncilThresholdBase.values)[number];

/** The council's result on a dossier line. */
export const CouncilResult = vocabulary({
  PASSED: { vi: 'Hội đồng thống nhất đề nghị', en: 'Passed by the council' },
  FAILED: { vi: 'Hội đồng không thống nhất', en: 'Not passed by the council' },
});
export type CouncilResult = (typeof CouncilResult.values)[number];

/**
 * Defaults of a new session, each changed per session by the Board: the rules on the council's
 * quorum and majority were not found in the sources (WORKFLOW.md §1 [M]; the old rule for
 * provincial Emulation Fighters was a secret ballot of at least 90% of all members, Decree 91/2017
 * Art. 45.8), so they are settings, not constants.
 */
export const COUNCIL_DEFAULTS = {
  quorumPercent: 50,
  thresholdPercent: 50,
  thresholdBase: 'ALL' as CouncilThresholdBase,
  secret: true,
};

export const COUNCIL_LIMITS = { titleMax: 300, textMax: 300, membersMax: 60, agendaMax: 500 };

/** Whether enough members are present: at least `quorumPercent` of all members (and one). */
export function councilQuorumMet(present: number, members: number, quorumPercent: number): boolean {
  return present > 0 && present * 100 >= quorumPercent * members;
}

/** Whether a line passes: agreeing votes at least `thresholdPercent` of the base (present or all members). */
export function councilLinePasses(agree: number, base: number, thresholdPercent: number): boolean {
  return base > 0 && agree * 100 >= thresholdPercent * base;
}
