/** Refusals of the document downloads: an HTTP status and a Vietnamese message (answered as `{ code, message }`). */
export class DocumentError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = status === 409 ? 'INVALID_STATE' : 'BAD_REQUEST',
  ) {
    super(message);
  }
}

export const DOCUMENT_ERRORS = {
  NOT_COLLECTIVE: 'Báo cáo thành tích của tập thể chỉ lập cho dòng đề nghị là một tập thể.',
  BALLOT_NOT_CLOSED: 'Phiên bỏ phiếu chưa kết thúc: biên bản lập khi kết thúc phiên.',
  COUNCIL_NOT_CLOSED: 'Phiên họp Hội đồng chưa kết thúc: biên bản lập khi kết thúc phiên.',
  NO_DECISION: 'Chỉ lập dự thảo quyết định cho hồ sơ đang chờ xét khen thưởng hoặc đã có quyết định.',
  UNKNOWN_DOCUMENT: 'Không có loại văn bản hoặc định dạng này.',
} as const;
