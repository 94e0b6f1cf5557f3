import type { Label } from './enums.js';

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  return { values: Object.keys(labels) as K[], labels };
}

/** What a nomination dossier proposes (hồ sơ đề nghị khen thưởng), the keys of CommendationKind. */
export const DossierKind = vocabulary({
  MERIT: { vi: 'Khen thưởng thường xuyên (công trạng)', en: 'Regular (merit)' },
  THEMATIC: { vi: 'Khen thưởng chuyên đề', en: 'Thematic' },
  IRREGULAR: { vi: 'Khen thưởng đột xuất', en: 'Irregular' },
  CONTRIBUTION: { vi: 'Khen thưởng quá trình cống hiến', en: 'Contribution' },
  SENIORITY: { vi: 'Khen thưởng theo niên hạn', en: 'Seniority' },
  DIPLOMATIC: { vi: 'Khen thưởng đối ngoại', en: 'Diplomatic' },
  RESISTANCE: { vi: 'Khen thưởng thành tích kháng chiến', en: 'Resistance' },
});
export type DossierKind = (typeof DossierKind.values)[number];

/**
 * A dossier's status, in lifecycle order (WORKFLOW.md §2). Each maps to a status code of the
 * existing provincial system (LPM), kept in `DOSSIER_STATUS_LPM_CODE` for imports and reports.
 */
export const DossierStatus = vocabulary({
  DRAFT: { vi: 'Chờ chuyển', en: 'Draft' },
  SUBMITTED: { vi: 'Chờ duyệt', en: 'Submitted' },
  RETURNED: { vi: 'Bị trả lại', en: 'Returned' },
  RECEIVED: { vi: 'Đã tiếp nhận', en: 'Received' },
  MERGED: { vi: 'Đã tổng hợp', en: 'Merged' },
  FORWARDED: { vi: 'Chờ chuyển khen thưởng', en: 'Forwarded' },
  AWAITING_DECISION: { vi: 'Chờ xét khen thưởng', en: 'Awaiting decision' },
  RETURNED_FOR_REVIEW: { vi: 'Trả lại xét duyệt', en: 'Returned for review' },
  AWARDED: { vi: 'Đã khen thưởng', en: 'Awarded' },
});
export type DossierStatus = (typeof DossierStatus.values)[number];

export const DOSSIER_STATUS_LPM_CODE: Record<DossierStatus, string> = {
  DRAFT: 'CC',
  SUBMITTED: 'CD',
  RETURNED: 'BTL',
  RECEIVED: 'DTN',
  MERGED: 'DTH',
  FORWARDED: 'DD',
  AWAITING_DECISION: 'CXKT',
  RETURNED_FOR_REVIEW: 'BTLXD',
  AWARDED: 'DKT',
};

/** The levels a dossier travels through, lowest first. */
export const DossierLevel = vocabulary({
  UNIT: { vi: 'Đơn vị đề nghị', en: 'Proposing unit' },
  BLOC: { vi: 'Khối, cụm thi đua', en: 'Bloc' },
  SUPERIOR_AGENCY: { vi: 'Cơ quan cấp trên', en: 'Superior agency' },
  BOARD: { vi: 'Ban Thi đua – Khen thưởng (thẩm định)', en: 'Board (appraisal)' },
  COUNCIL: { vi: 'Hội đồng Thi đua – Khen thưởng', en: 'Council' },
  AUTHORITY: { vi: 'Cấp quyết định khen thưởng', en: 'Deciding authority' },
});
export type DossierLevel = (typeof DossierLevel.values)[number];

/** The statuses in which the dossier's owner may still edit it and its lines (LPM: CC, BTL). */
/** The Board's appraisal of one dossier line (LPM: DDK đủ / KDK không đủ điều kiện). */
export const AppraisalResult = vocabulary({
  ELIGIBLE: { vi: 'Đủ điều kiện', en: 'Eligible' },
  INELIGIBLE: { vi: 'Không đủ điều kiện', en: 'Ineligible' },
});
export type AppraisalResult = (typeof AppraisalResult.values)[number];

/**
 * What a dossier's attached file is (LPM attachment types; the keys are LPM's codes), the purpose
 * of its StoredFile. Which kinds each award needs: the server's checklist (WORKFLOW.md §2).
 */
export const DossierAttachmentKind = vocabulary({
  TOTRINH: { vi: 'Tờ trình đề nghị', en: 'Proposal letter' },
  BAOCAO: { vi: 'Báo cáo thành tích', en: 'Achievement report' },
  BIENBAN: { vi: 'Biên bản họp xét, bỏ phiếu', en: 'Review and ballot minutes' },
  DTKH: { vi: 'Đề tài khoa học', en: 'Research topic' },
  SANGKIEN: { vi: 'Sáng kiến', en: 'Initiative' },
  TOTRINHKQ: { vi: 'Tờ trình kết quả', en: 'Result proposal' },
  QDKT: { vi: 'Quyết định khen thưởng', en: 'Commendation decision' },
  KHAC: { vi: 'Tài liệu khác', en: 'Other' },
});
export type DossierAttachmentKind = (typeof DossierAttachmentKind.values)[number];

export const DOSSIER_EDITABLE: readonly DossierStatus[] = ['DRAFT', 'RETURNED'];

export const DOSSIER_LIMITS = { titleMax: 500, numberMax: 50, signerMax: 200, linesMax: 500, aggregateMax: 100 } as const;
