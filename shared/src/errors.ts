/**
 * Stable codes of the API. `UserErrorCode` comes back in mutation payloads as
 * `userErrors { field message code }`; `ApiErrorCode` is `extensions.code` of a GraphQL error.
 */
export const USER_ERROR_CODES = [
  'REQUIRED',
  'INVALID',
  'TOO_LONG',
  'OUT_OF_RANGE',
  'NOT_FOUND',
  'DUPLICATE',
  'NOT_A_MEMBER',
  'ALREADY_MEMBER',
  'ALREADY_SIGNED',
  'NOT_SIGNED',
  'SUBJECT_REQUIRED',
  'SUBJECT_AMBIGUOUS',
  'SUBJECT_KIND_MISMATCH',
  'IN_USE',
  'INVALID_STATE',
  'CYCLE',
  'BAD_CREDENTIALS',
  'WEAK_PASSWORD',
  'FORBIDDEN',
  'CONFLICT',
  'INVALID_TRANSITION',
  'NOT_ALL_SIGNED',
  'NO_MEMBERS',
  'LAUNCH_DOCUMENT_MISSING',
  'NEXT_HEAD_MISSING',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'COST_LIMIT_EXCEEDED',
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'UNTRUSTED_OPERATION',
  'PERSISTED_QUERY_NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Vietnamese text for each user error code, used when the server has no more specific message. */
export const USER_ERROR_MESSAGES_VI: Record<UserErrorCode, string> = {
  REQUIRED: 'Trường này là bắt buộc.',
  INVALID: 'Giá trị không hợp lệ.',
  TOO_LONG: 'Giá trị quá dài.',
  OUT_OF_RANGE: 'Giá trị nằm ngoài phạm vi cho phép.',
  NOT_FOUND: 'Không tìm thấy bản ghi.',
  // DUPLICATE usually comes with a message naming the existing record and its ID in `recordId`;
  // for commendations and unit names the caller may confirm with `allowDuplicate: true`.
  DUPLICATE: 'Bản ghi đã tồn tại.',
  NOT_A_MEMBER: 'Đơn vị không phải thành viên của khối trong năm này.',
  ALREADY_MEMBER: 'Đơn vị đã là thành viên của khối trong giai đoạn này.',
  ALREADY_SIGNED: 'Đơn vị đã ký giao ước này.',
  NOT_SIGNED: 'Đơn vị chưa ký giao ước này.',
  SUBJECT_REQUIRED: 'Cần chọn đối tượng được khen thưởng.',
  SUBJECT_AMBIGUOUS: 'Mỗi khen thưởng chỉ có đúng một đối tượng.',
  SUBJECT_KIND_MISMATCH: 'Hình thức khen thưởng không áp dụng cho loại đối tượng này.',
  IN_USE: 'Bản ghi đang được sử dụng, không thể xóa.',
  CONFLICT: 'Bản ghi đã được người khác thay đổi hoặc xóa sau khi bạn mở; hãy xem lại và chọn giá trị cần giữ.',
  INVALID_STATE: 'Thao tác không phù hợp với trạng thái hiện tại.',
  CYCLE: 'Quan hệ cha – con tạo thành vòng lặp.',
  BAD_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  WEAK_PASSWORD: 'Mật khẩu quá yếu: cần ít nhất 10 ký tự, có chữ và số.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  INVALID_TRANSITION: 'Không chuyển được sang trạng thái này từ trạng thái hiện tại.',
  NOT_ALL_SIGNED: 'Còn đơn vị thành viên chưa ký giao ước.',
  NO_MEMBERS: 'Khối chưa có đơn vị thành viên trong năm giao ước.',
  LAUNCH_DOCUMENT_MISSING: 'Cần số văn bản hoặc ngày phát động trước khi phát động.',
  NEXT_HEAD_MISSING: 'Chưa phân công trưởng khối năm sau.',
};
