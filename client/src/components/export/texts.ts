/** Texts of list exports (Vietnamese first); in the export's own chunk. */
export const exportTexts = {
  exportExcel: { vi: 'Xuất Excel', en: 'Export to Excel' },
  exportFailed: { vi: 'Không xuất được danh sách.', en: 'The list could not be exported.' },
  exportQueued: { vi: 'Đang chờ máy chủ…', en: 'Waiting for the server…' },
  exportReady: { vi: 'Đã xong, tệp sẵn sàng', en: 'Done, the file is ready' },
  exportCancelled: { vi: 'Đã hủy.', en: 'Cancelled.' },
  rows: { vi: 'dòng', en: 'rows' },
  close: { vi: 'Đóng', en: 'Close' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  download: { vi: 'Tải tệp', en: 'Download' },
} as const;
