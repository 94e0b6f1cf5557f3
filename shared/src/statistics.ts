/**
 * Vocabularies of the statutory statistics (Circular 02/2023/TT-BNV, forms 0601–0605): who an
 * individual award went to, and the registry of the organisations and civil servants doing
 * emulation and commendation work (thi đua, khen thưởng — TĐKT).
 */
import type { Label } from './enums.js';

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  const values = Object.keys(labels) as K[];
  return { values, labels };
}

/** The subject rows of forms 0602/0603 for individuals (what the person was when awarded). */
export const RecipientCategory = /* @__PURE__ */ vocabulary({
  PROVINCE_LEADER: { vi: 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương', en: 'Ministry or province leader' },
  DEPARTMENT_LEADER: { vi: 'Lãnh đạo cấp vụ, sở, ngành và tương đương', en: 'Department leader' },
  BUSINESS_PERSON: { vi: 'Doanh nhân', en: 'Business person' },
  OTHER_LEADER: { vi: 'Lãnh đạo khác từ cấp phó trưởng phòng trở lên', en: 'Other leader from deputy division head' },
  DIRECT_WORKER: { vi: 'Công nhân, nông dân, người lao động trực tiếp', en: 'Direct worker (worker, farmer, labourer)' },
  OTHER: { vi: 'Cá nhân khác', en: 'Other individual' },
});
export type RecipientCategory = (typeof RecipientCategory.values)[number];

/** Organisations doing TĐKT work (form 0604). */
export const TdktOrganizationKind = /* @__PURE__ */ vocabulary({
  MINISTRY_DEPARTMENT: { vi: 'Vụ (Ban) Thi đua – Khen thưởng thuộc bộ, ngành, đoàn thể trung ương', en: 'Ministry department' },
  MINISTRY_DIVISION: { vi: 'Phòng thuộc Vụ (Ban) Thi đua – Khen thưởng của bộ, ngành', en: 'Division of a ministry department' },
  PROVINCE_BOARD: { vi: 'Ban Thi đua – Khen thưởng thuộc Sở Nội vụ', en: 'Board under the Department of Home Affairs' },
  PROVINCE_DIVISION: { vi: 'Phòng Thi đua – Khen thưởng thuộc Sở Nội vụ, Ban', en: 'Division under the Department of Home Affairs or Board' },
});
export type TdktOrganizationKind = (typeof TdktOrganizationKind.values)[number];

/** Training level of a civil servant (form 0605). */
export const TrainingLevel = /* @__PURE__ */ vocabulary({
  ELEMENTARY: { vi: 'Sơ cấp', en: 'Elementary' },
  INTERMEDIATE: { vi: 'Trung cấp', en: 'Intermediate' },
  COLLEGE: { vi: 'Cao đẳng', en: 'College' },
  UNIVERSITY: { vi: 'Đại học', en: 'University' },
  POSTGRADUATE: { vi: 'Trên đại học', en: 'Postgraduate' },
});
export type TrainingLevel = (typeof TrainingLevel.values)[number];
