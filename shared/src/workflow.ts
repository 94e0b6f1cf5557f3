import type { Label } from './enums.js';

/**
 * The transitions of each workflow (the server's core/workflow definitions), by name, with the
 * Vietnamese (first) and English label of their button. The states themselves are the status
 * vocabularies (CovenantStatus, MovementStatus), listed in lifecycle order.
 */
function transitions<const K extends string>(labels: Record<K, Label>) {
  return { values: Object.keys(labels) as K[], labels };
}

export const CovenantTransition = transitions({
  SEND_FOR_COMMENT: { vi: 'Gửi lấy ý kiến', en: 'Send for comment' },
  BACK_TO_DRAFT: { vi: 'Trả về dự thảo', en: 'Back to draft' },
  READY_TO_SIGN: { vi: 'Chốt nội dung, sẵn sàng ký', en: 'Ready to sign' },
  REOPEN_COMMENT: { vi: 'Mở lại lấy ý kiến', en: 'Reopen for comment' },
  MARK_SIGNED: { vi: 'Xác nhận đã ký kết', en: 'Mark signed' },
  REOPEN_SIGNING: { vi: 'Mở lại ký kết', en: 'Reopen signing' },
  START: { vi: 'Bắt đầu thực hiện', en: 'Start' },
  OPEN_SELF_ASSESSMENT: { vi: 'Mở tự chấm điểm', en: 'Open self-assessment' },
  START_REVIEW: { vi: 'Chuyển thẩm định, chấm chéo', en: 'Start review' },
  BACK_TO_SELF_ASSESSMENT: { vi: 'Trả về tự chấm điểm', en: 'Back to self-assessment' },
  OPEN_VOTING: { vi: 'Mở bình xét, bỏ phiếu', en: 'Open voting' },
  PROPOSE: { vi: 'Gửi đề nghị khen thưởng', en: 'Propose awards' },
  REOPEN_VOTING: { vi: 'Mở lại bình xét', en: 'Reopen voting' },
  CLOSE: { vi: 'Kết thúc giao ước', en: 'Close' },
});

export const MovementTransition = transitions({
  LAUNCH: { vi: 'Phát động', en: 'Launch' },
  WITHDRAW: { vi: 'Thu hồi về dự thảo', en: 'Withdraw to draft' },
  OPEN: { vi: 'Bắt đầu triển khai', en: 'Open' },
  START_REVIEW: { vi: 'Bắt đầu sơ kết, tổng kết', en: 'Start review' },
  REOPEN: { vi: 'Mở lại triển khai', en: 'Reopen' },
  CONCLUDE: { vi: 'Kết thúc tổng kết', en: 'Conclude' },
  ARCHIVE: { vi: 'Lưu trữ', en: 'Archive' },
});

export const BallotTransition = transitions({
  OPEN: { vi: 'Mở bỏ phiếu', en: 'Open voting' },
  CLOSE: { vi: 'Kết thúc, kiểm phiếu', en: 'Close and tally' },
  CANCEL: { vi: 'Hủy phiên bỏ phiếu', en: 'Cancel' },
});

export const CouncilTransition = transitions({
  OPEN: { vi: 'Bắt đầu biểu quyết', en: 'Start voting' },
  CLOSE: { vi: 'Kết thúc, lập biên bản', en: 'Close and write the minutes' },
  CANCEL: { vi: 'Hủy phiên họp', en: 'Cancel' },
});

export const CovenantSheetTransition = transitions({
  SUBMIT: { vi: 'Nộp bảng tự chấm', en: 'Submit self-assessment' },
  RETURN: { vi: 'Trả lại để tự chấm lại', en: 'Return for rework' },
  COMPLETE_REVIEW: { vi: 'Hoàn thành thẩm định', en: 'Complete review' },
  REOPEN_REVIEW: { vi: 'Mở lại thẩm định', en: 'Reopen review' },
  FINALIZE: { vi: 'Chốt điểm', en: 'Finalize' },
  UNFINALIZE: { vi: 'Mở lại điểm đã chốt', en: 'Unfinalize' },
});

/** A nomination dossier's steps (WORKFLOW.md §2, the LPM actions in brackets). */
export const DossierTransition = transitions({
  SUBMIT: { vi: 'Gửi hồ sơ', en: 'Submit' },
  RECEIVE: { vi: 'Tiếp nhận hồ sơ', en: 'Receive' },
  RETURN: { vi: 'Trả lại hồ sơ', en: 'Return' },
  FORWARD: { vi: 'Chuyển xét khen thưởng', en: 'Forward' },
  SEND_TO_DECISION: { vi: 'Trình cấp có thẩm quyền', en: 'Send for decision' },
  RETURN_FOR_REVIEW: { vi: 'Trả lại xét duyệt', en: 'Return for review' },
  AWARD: { vi: 'Phê duyệt khen thưởng', en: 'Award' },
  CANCEL_APPROVAL: { vi: 'Hủy phê duyệt', en: 'Cancel approval' },
});

export type DossierTransition = (typeof DossierTransition.values)[number];
export type BallotTransition = (typeof BallotTransition.values)[number];
export type CovenantSheetTransition = (typeof CovenantSheetTransition.values)[number];
export type CovenantTransition = (typeof CovenantTransition.values)[number];
export type MovementTransition = (typeof MovementTransition.values)[number];
