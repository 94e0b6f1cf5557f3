import express from 'express';
import { CERTIFICATE_PATH, DOCUMENT_FORMATS, DOCUMENT_PATHS, type DocumentFormat, type DocumentKind } from '@thidua/shared';
import { callerOf, sendAttachment, sendFailure, type DownloadRoutesOptions } from '../../core/http/download.js';
import { DOCUMENT_ERRORS, DocumentError } from './document.errors.js';

const KIND_OF_PATH = new Map(Object.entries(DOCUMENT_PATHS).map(([kind, path]) => [path, kind as DocumentKind]));
const MESSAGES = {
  UNAUTHENTICATED: 'Cần đăng nhập.',
  FORBIDDEN: 'Bạn không có quyền xem văn bản này.',
  NOT_FOUND: 'Không tìm thấy bản ghi.',
  INTERNAL_SERVER_ERROR: 'Lỗi máy chủ khi lập văn bản.',
};

/**
 * `GET /documents/<kind>/<record global id>.<docx|pdf>` (paths in shared DOCUMENT_PATHS) and
 * `GET /documents/bang-khen/<commendation or decision id>.pdf` (certificates), authenticated
 * like /graphql: the record is loaded as the caller may see it, so out of scope is 404 as if missing.
 * Errors are JSON `{ code, message }` in Vietnamese.
 */
export function documentRoutes(options: DownloadRoutesOptions): express.Router {
  const router = express.Router();
  router.get('/:kind/:file', async (req, res) => {
    try {
      const actor = await callerOf(options, req, res);
      const kind = KIND_OF_PATH.get(req.params.kind);
      const match = /^(.+)\.([a-z]+)$/.exec(req.params.file);
      const format = match?.[2] as DocumentFormat | undefined;
      const certificate = req.params.kind === CERTIFICATE_PATH && format === 'pdf';
      if ((!kind && !certificate) || !match || !format || !DOCUMENT_FORMATS.includes(format))
        throw new DocumentError(404, DOCUMENT_ERRORS.UNKNOWN_DOCUMENT, 'NOT_FOUND');
      // The QR code opens the public record on this server, as the browser reached it.
      const doc = certificate
        ? await options.services.certificates.render(actor, match[1]!, `${req.protocol}://${req.get('host')}`)
        : await options.services.documents.render(actor, kind!, match[1]!, format);
      sendAttachment(res, { name: doc.fileName, type: doc.contentType, bytes: doc.bytes });
    } catch (error) {
      if (error instanceof DocumentError) return void res.status(error.status).json({ code: error.code, message: error.message });
      sendFailure(res, error, 'document endpoint', MESSAGES);
    }
  });
  return router;
}
