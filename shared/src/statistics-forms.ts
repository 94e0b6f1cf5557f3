import type { Label } from './enums.js';

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  const values = Object.keys(labels) as K[];
  return { values, labels };
}

/** The yearly forms of the circular, with their official codes. */
export const StatisticsForm = /* @__PURE__ */ vocabulary({
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
