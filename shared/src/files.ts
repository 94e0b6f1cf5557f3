/**
 * Stored files (attachments, evidence, generated documents): what they are for, which kinds are
 * accepted, and the stable codes of the upload and download endpoints with their Vietnamese text.
 */
import { DossierAttachmentKind } from './dossier.js';

/** EVIDENCE: a covenant assessment's; a dossier's attachments by their kind (DossierAttachmentKind). */
export const FILE_PURPOSES = ['EVIDENCE', ...DossierAttachmentKind.values] as const;
export type FilePurpose = 'EVIDENCE' | DossierAttachmentKind;

/** Kinds of file the server accepts, each recognised by its signature and its extensions. */
export const FILE_KINDS = {
  pdf: { contentType: 'application/pdf', extensions: ['pdf'] },
  png: { contentType: 'image/png', extensions: ['png'] },
  jpeg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  doc: { contentType: 'application/msword', extensions: ['doc'] },
  xls: { contentType: 'application/vnd.ms-excel', extensions: ['xls'] },
  txt: { contentType: 'text/plain; charset=utf-8', extensions: ['txt'] },
  csv: { contentType: 'text/csv; charset=utf-8', extensions: ['csv'] },
  zip: { contentType: 'application/zip', extensions: ['zip'] },
} as const;
export type FileKind = keyof typeof FILE_KINDS;
export const FILE_KIND_NAMES = Object.keys(FILE_KINDS) as FileKind[];

/** Defaults of the server's settings (MAX_UPLOAD_MB, UPLOAD_KINDS). */
export const FILE_DEFAULTS = { maxUploadMb: 20 } as const;

/** What the file picker offers: every accepted extension. */
export const FILE_ACCEPT = FILE_KIND_NAMES.flatMap((kind) => FILE_KINDS[kind].extensions.map((ext) => `.${ext}`)).join(',');

export const FILE_ERROR_CODES = [
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_MISSING',
  'OWNER_NOT_FOUND',
  'PURPOSE_NOT_ALLOWED',
  'DOSSIER_LOCKED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export const FILE_ERROR_MESSAGES_VI: Record<FileErrorCode, string> = {
  FILE_TOO_LARGE: 'Tệp quá lớn.',
  FILE_TYPE_NOT_ALLOWED: 'Loại tệp không được phép: chỉ nhận PDF, ảnh PNG/JPEG, Word, Excel, văn bản, CSV, ZIP.',
  FILE_MISSING: 'Chưa chọn tệp.',
  OWNER_NOT_FOUND: 'Không tìm thấy bản ghi để đính kèm tệp.',
  PURPOSE_NOT_ALLOWED: 'Bản ghi này không nhận tệp cho mục đích này.',
  DOSSIER_LOCKED: 'Hồ sơ đã gửi đi: không thêm hoặc xóa tệp được; chỉ sửa khi hồ sơ còn chờ chuyển hoặc bị trả lại.',
  BAD_REQUEST: 'Yêu cầu không hợp lệ.',
  UNAUTHENTICATED: 'Cần đăng nhập.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy tệp.',
  INTERNAL_SERVER_ERROR: 'Lỗi máy chủ, vui lòng thử lại.',
};
