import { FILE_ERROR_MESSAGES_VI, type FileErrorCode } from '@thidua/shared';
import { AppError, UserErrors } from '../../core/errors.js';

/** A refusal of the file endpoints: an HTTP status, a stable code and its Vietnamese message. */
export class FileError extends Error {
  constructor(
    readonly status: number,
    readonly code: FileErrorCode,
    message: string = FILE_ERROR_MESSAGES_VI[code],
  ) {
    super(message);
  }
}

const STATUS_OF_APP_ERROR: Record<string, [number, FileErrorCode]> = {
  UNAUTHENTICATED: [401, 'UNAUTHENTICATED'],
  FORBIDDEN: [403, 'FORBIDDEN'],
  NOT_FOUND: [404, 'NOT_FOUND'],
};

/** The answer to an error of the file endpoints; null for an unexpected one (logged, 500). */
export function fileErrorOf(error: unknown): FileError | null {
  if (error instanceof FileError) return error;
  // A record's own rule refused the change (e.g. a sent dossier is DOSSIER_LOCKED): 409 with its code.
  if (error instanceof UserErrors) {
    const code = error.errors[0]?.code;
    return code === 'DOSSIER_LOCKED' ? new FileError(409, code) : new FileError(400, 'BAD_REQUEST', error.errors[0]?.message ?? undefined);
  }
  if (error instanceof AppError && STATUS_OF_APP_ERROR[error.code]) {
    const [status, code] = STATUS_OF_APP_ERROR[error.code]!;
    return new FileError(status, code);
  }
  return null;
}

export const tooLarge = (maxBytes: number) =>
  new FileError(413, 'FILE_TOO_LARGE', `Tệp quá lớn: tối đa ${Math.floor(maxBytes / 1024 / 1024) || (maxBytes / 1024 / 1024).toFixed(2)} MB.`);
