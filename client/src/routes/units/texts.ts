/** Texts of the unit pages (Vietnamese first). */
export const unitTexts = {
  shortName: { vi: 'Tên viết tắt', en: 'Short name' },
  parent: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
  mayNotEdit: { vi: 'Bạn không có quyền sửa đơn vị này.', en: 'You may not edit this unit.' },
  backToUnit: { vi: 'Xem đơn vị', en: 'View the unit' },
  deleteUnit: { vi: 'Xóa đơn vị', en: 'Delete unit' },
  confirmDelete: {
    vi: 'Xóa đơn vị này cùng các biến động (sáp nhập, chia tách) và bình luận của nó? Không xóa được khi đơn vị còn thành viên khối, cán bộ, chữ ký giao ước, khen thưởng hay đơn vị cấp dưới.',
    en: 'Delete this unit with its lineage records (mergers, splits) and comments? Not possible while it still has bloc memberships, people, covenant signatures, commendations or child units.',
  },
  saveAnyway: { vi: 'Vẫn lưu (đây là đơn vị khác)', en: 'Save anyway (it is another unit)' },
} as const;
