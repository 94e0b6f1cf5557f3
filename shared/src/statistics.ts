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
export const RecipientCategory = vocabulary({
  PROVINCE_LEADER: { vi: 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương', en: 'Ministry or province leader' },
  DEPARTMENT_LEADER: { vi: 'Lãnh đạo cấp vụ, sở, ngành và tương đương', en: 'Department leader' },
  BUSINESS_PERSON: { vi: 'Doanh nhân', en: 'Business person' },
  OTHER_LEADER: { vi: 'Lãnh đạo khác từ cấp phó trưởng phòng trở lên', en: 'Other leader from deputy division head' },
  DIRECT_WORKER: { vi: 'Công nhân, nông dân, người lao động trực tiếp', en: 'Direct worker (worker, farmer, labourer)' },
  OTHER: { vi: 'Cá nhân khác', en: 'Other individual' },
});
export type RecipientCategory = (typeof RecipientCategory.values)[number];

/** Organisations doing TĐKT work (form 0604). */
export const TdktOrganizationKind = vocabulary({
  MINISTRY_DEPARTMENT: { vi: 'Vụ (Ban) Thi đua – Khen thưởng thuộc bộ, ngành, đoàn thể trung ương', en: 'Ministry department' },
  MINISTRY_DIVISION: { vi: 'Phòng thuộc Vụ (Ban) Thi đua – Khen thưởng của bộ, ngành', en: 'Division of a ministry department' },
  PROVINCE_BOARD: { vi: 'Ban Thi đua – Khen thưởng thuộc Sở Nội vụ', en: 'Board under the Department of Home Affairs' },
  PROVINCE_DIVISION: { vi: 'Phòng Thi đua – Khen thưởng thuộc Sở Nội vụ, Ban', en: 'Division under the Department of Home Affairs or Board' },
});
export type TdktOrganizationKind = (typeof TdktOrganizationKind.values)[number];

/** Training level of a civil servant (form 0605). */
export const TrainingLevel = vocabulary({
  ELEMENTARY: { vi: 'Sơ cấp', en: 'Elementary' },
  INTERMEDIATE: { vi: 'Trung cấp', en: 'Intermediate' },
  COLLEGE: { vi: 'Cao đẳng', en: 'College' },
  UNIVERSITY: { vi: 'Đại học', en: 'University' },
  POSTGRADUATE: { vi: 'Trên đại học', en: 'Postgraduate' },
});
export type TrainingLevel = (typeof TrainingLevel.values)[number];

/** The yearly forms of the circular, with their official codes. */
export const StatisticsForm = vocabulary({
  F0601: { vi: 'Biểu 0601.N/BNV-TĐKT: Số phong trào thi đua', en: 'Form 0601: emulation movements' },
  F0602: { vi: 'Biểu 0602.N/BNV-TĐKT: Số lượng khen thưởng cấp Nhà nước', en: 'Form 0602: state-level awards' },
  F0603: {
    vi: 'Biểu 0603.N/BNV-TĐKT: Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể trung ương và tỉnh',
    en: 'Form 0603: ministry and province awards',
  },
  F0604: { vi: 'Biểu 0604.N/BNV-TĐKT: Số lượng tổ chức làm công tác thi đua, khen thưởng', en: 'Form 0604: TĐKT organisations' },
  F0605: { vi: 'Biểu 0605.N/BNV-TĐKT: Số lượng công chức làm công tác thi đua, khen thưởng', en: 'Form 0605: TĐKT civil servants' },
});
export type StatisticsForm = (typeof StatisticsForm.values)[number];
