/** Texts of the unit pages (Vietnamese first). */
export const unitTexts = {
  shortName: { vi: 'Tên viết tắt', en: 'Short name' },
  parent: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
  mayNotEdit: { vi: 'Bạn không có quyền sửa đơn vị này.', en: 'You may not edit this unit.' },
  backToUnit: { vi: 'Xem đơn vị', en: 'View the unit' },
  saveAnyway: { vi: 'Vẫn lưu (đây là đơn vị khác)', en: 'Save anyway (it is another unit)' },
} as const;
