import { FILE_ACCEPT, FILE_DEFAULTS, FILE_ERROR_CODES, FILE_ERROR_MESSAGES_VI, type FileErrorCode } from '@thidua/shared';

export const DEFAULT_MAX_BYTES = FILE_DEFAULTS.maxUploadMb * 1024 * 1024;
const ACCEPTED = FILE_ACCEPT.split(',');

/** What the server answered an upload with. */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  contentType: string;
  url: string;
}

export class UploadError extends Error {
  constructor(
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Refusals the browser can tell before sending (the server checks again, by the file's signature). */
export function checkBeforeUpload(file: { name: string; size: number }, maxBytes: number): UploadError | null {
  if (file.size > maxBytes) return new UploadError('FILE_TOO_LARGE', `${FILE_ERROR_MESSAGES_VI.FILE_TOO_LARGE} Tối đa ${megabytes(maxBytes)}.`);
  const dot = file.name.lastIndexOf('.');
  if (dot < 0 || !ACCEPTED.includes(file.name.slice(dot).toLowerCase()))
    return new UploadError('FILE_TYPE_NOT_ALLOWED', FILE_ERROR_MESSAGES_VI.FILE_TYPE_NOT_ALLOWED);
  return null;
}

/**
 * Sends one file to `POST /files` with the session cookie (same origin) and the header the server
 * asks of cookie uploads; a refusal becomes an UploadError with the server's Vietnamese message.
 * `requestId` (this tab's, see OwnRequests) stamps the change, so its live event is known as ours.
 */
export async function uploadFile(owner: string, purpose: string, file: Blob & { name: string }, requestId?: string): Promise<UploadedFile> {
  const form = new FormData();
  form.append('owner', owner);
  form.append('purpose', purpose);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/files', {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { 'x-requested-with': 'XMLHttpRequest', ...(requestId ? { 'x-request-id': requestId } : {}) },
    });
  } catch {
    throw new UploadError('INTERNAL_SERVER_ERROR', 'Không kết nối được máy chủ, vui lòng thử lại.');
  }
  const body = (await response.json().catch(() => null)) as (Partial<UploadedFile> & { code?: string; message?: string }) | null;
  if (response.ok && body?.id) return body as UploadedFile;
  const code = (FILE_ERROR_CODES as readonly string[]).includes(body?.code ?? '') ? (body!.code as FileErrorCode) : 'INTERNAL_SERVER_ERROR';
  throw new UploadError(code, body?.message ?? FILE_ERROR_MESSAGES_VI[code]);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return megabytes(bytes);
}
