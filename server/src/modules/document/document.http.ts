import express from 'express';
import type { DataSource } from 'typeorm';
import { CERTIFICATE_PATH, DOCUMENT_FORMATS, DOCUMENT_PATHS, type DocumentFormat, type DocumentKind } from '@thidua/shared';
import type { Services } from '../../services.js';
import type { ChangeOrigin } from '../../core/changes/origin.js';
import { AppError } from '../../core/errors.js';
import { authenticate, sessionCookie } from '../../core/http/authenticate.js';
import { contentDisposition } from '../file/index.js';
import { DOCUMENT_ERRORS, DocumentError } from './document.errors.js';

export interface DocumentRoutesOptions {
  db: DataSource;
  services: Services;
  cookieSecure: boolean;
}

const KIND_OF_PATH = new Map(Object.entries(DOCUMENT_PATHS).map(([kind, path]) => [path, kind as DocumentKind]));
const STATUS: Record<string, [number, string]> = {
  UNAUTHENTICATED: [401, 'Cần đăng nhập.'],
  FORBIDDEN: [403, 'Bạn không có quyền xem văn bản này.'],
  NOT_FOUND: [404, 'Không tìm thấy bản ghi.'],
};

/**
 * `GET /documents/<kind>/<record global id>.<docx|pdf>` (paths in shared DOCUMENT_PATHS) and
 * `GET /documents/bang-khen/<commendation or decision id>.pdf` (certificates), authenticated
 * like /graphql: the record is loaded as the caller may see it, so out of scope is 404 as if missing.
 * Errors are JSON `{ code, message }` in Vietnamese.
 */
export function documentRoutes(options: DocumentRoutesOptions): express.Router {
  const router = express.Router();
  router.get('/:kind/:file', async (req, res) => {
    try {
      const { actor } = await authenticate(options.services, options.db, req.headers.authorization, sessionCookie(req, res, options.cookieSecure));
      const origin = res.locals.changeOrigin as ChangeOrigin | undefined;
      if (origin) origin.actor = actor;
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
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
      res.setHeader('Content-Disposition', contentDisposition(doc.fileName));
      res.setHeader('Content-Type', doc.contentType);
      res.setHeader('Content-Length', String(doc.bytes.length));
      res.end(doc.bytes);
    } catch (error) {
      if (error instanceof DocumentError) return void res.status(error.status).json({ code: error.code, message: error.message });
      if (error instanceof AppError && STATUS[error.code]) {
        const [status, message] = STATUS[error.code]!;
        return void res.status(status).json({ code: error.code, message });
      }
      console.error('Unexpected document endpoint error:', error);
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Lỗi máy chủ khi lập văn bản.' });
    }
  });
  return router;
}
