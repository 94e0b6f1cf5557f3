/** The scoring sheet's texts, Vietnamese first. */
export const SHEET_TEXTS = {
  sheet: { vi: 'Bảng chấm điểm', en: 'Scoring sheet' },
  modeSelf: { vi: 'Tự chấm', en: 'Self-scoring' },
  modeReview: { vi: 'Thẩm định', en: 'Review' },
  modeTargets: { vi: 'Chỉ tiêu', en: 'Targets' },
  criterion: { vi: 'Tiêu chí', en: 'Criterion' },
  max: { vi: 'tối đa', en: 'max' },
  target: { vi: 'CT', en: 'T' },
  actual: { vi: 'TH', en: 'A' },
  met: { vi: 'Đạt', en: 'Met' },
  notMet: { vi: 'Không đạt', en: 'Not met' },
  notAssigned: { vi: 'Không được giao', en: 'Not assigned' },
  times: { vi: 'lần', en: 'times' },
  review: { vi: 'TĐ', en: 'Rev.' },
  evidence: { vi: 'Minh chứng', en: 'Evidence' },
  empty: { vi: 'Khối chưa có đơn vị thành viên hoặc giao ước chưa có tiêu chí.', en: 'No member units or no criteria yet.' },
  readOnly: { vi: 'Bạn không sửa được ô này ở chế độ này.', en: 'You cannot change this cell in this mode.' },
  noTargetHere: { vi: 'Chỉ tiêu chí định lượng mới giao chỉ tiêu.', en: 'Only quantitative criteria take targets.' },
  help: {
    vi: 'Phím mũi tên, Tab để di chuyển; Enter hoặc gõ số để sửa; Enter để lưu, Esc để hủy. Số thập phân dùng dấu phẩy (12,5).',
    en: 'Arrow keys and Tab move; Enter or typing edits; Enter saves, Esc cancels. Decimals take a comma (12,5).',
  },
  saving: { vi: 'Đang lưu…', en: 'Saving…' },
  scoredBy: { vi: 'Tự chấm bởi', en: 'Self-scored by' },
  reviewedBy: { vi: 'Thẩm định bởi', en: 'Reviewed by' },
  noCell: { vi: 'Chọn một ô để xem chi tiết.', en: 'Select a cell to see its details.' },
  save: { vi: 'Lưu', en: 'Save' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  back: { vi: 'Về giao ước', en: 'Back to the covenant' },
};

/** Labels of the edited fields, for the editors' inputs (screen readers) and errors. */
export const FIELD_TEXTS = {
  actualValue: { vi: 'Kết quả thực hiện', en: 'Actual value' },
  notAssigned: { vi: 'Không được giao', en: 'Not assigned' },
  met: { vi: 'Đạt / không đạt', en: 'Met / not met' },
  occurrences: { vi: 'Số lần', en: 'Occurrences' },
  bonusCount: { vi: 'Số lần cộng điểm', en: 'Bonuses' },
  penaltyCount: { vi: 'Số lần trừ điểm', en: 'Penalties' },
  reviewScore: { vi: 'Điểm thẩm định', en: 'Review score' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
};
