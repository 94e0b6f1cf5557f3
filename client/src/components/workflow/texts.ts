/** Texts of the status bar of records that follow a workflow (Vietnamese first). */
export const workflowTexts = {
  status: { vi: 'Trạng thái', en: 'Status' },
  steps: { vi: 'Các bước', en: 'Steps' },
  reason: { vi: 'Lý do', en: 'Reason' },
  reasonRequired: { vi: 'Cần nêu lý do cho bước này.', en: 'This step needs a reason.' },
  reasonHint: { vi: 'Lý do được ghi vào lịch sử của bản ghi.', en: 'The reason is kept in the record’s history.' },
  confirm: { vi: 'Chuyển trạng thái', en: 'Change status' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  done: { vi: 'Đã chuyển trạng thái.', en: 'Status changed.' },
  changedMeanwhile: {
    vi: 'Người khác vừa đổi trạng thái; đã tải lại trạng thái hiện tại, hãy xem lại.',
    en: 'Someone else just changed the status; the current one is shown, please check again.',
  },
};
