import express, { type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Services } from '../../services.js';
import type { ChangeOrigin } from '../../core/changes/origin.js';
import { authenticate, sessionCookie } from '../../core/http/authenticate.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { FileError, fileErrorOf } from './file.errors.js';
import { readUpload } from './file.upload.js';
import type { StoredFile } from './stored-file.entity.js';

export interface FileRoutesOptions {
  db: DataSource;
  services: Services;
  cookieSecure: boolean;
  maxUploadBytes: number;
}

export const fileUrl = (file: Pick<StoredFile, 'id'>) => `/files/${toGlobalId('StoredFile', file.id)}`;

/** `filename*` (RFC 5987/6266) keeps Vietnamese names; `filename` is an ASCII fallback for old clients. */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Nothing a browser would render as a page, whatever was stored. */
const safeType = (type: string) => (/html|xml|svg|javascript|ecmascript/i.test(type) ? 'application/octet-stream' : type);

/**
 * `POST /files` (multipart: `owner` global id, `purpose`, then `file`) and `GET /files/:id`,
 * authenticated like /graphql (session cookie or Bearer token). A cookie upload also needs an
 * `X-Requested-With` header, which a cross-site form cannot send. Errors are JSON `{ code, message }`.
 */
export function fileRoutes(options: FileRoutesOptions): express.Router {
  const router = express.Router();
  const callerOf = async (req: Request, res: Response) => {
    const { actor } = await authenticate(options.services, options.db, req.headers.authorization, sessionCookie(req, res, options.cookieSecure));
    const origin = res.locals.changeOrigin as ChangeOrigin | undefined;
    if (origin) origin.actor = actor;
    return actor;
  };
  const fail = (req: Request, res: Response, error: unknown) => {
    const known = fileErrorOf(error);
    if (!known) console.error('Unexpected file endpoint error:', error);
    const answer = known ?? new FileError(500, 'INTERNAL_SERVER_ERROR');
    // A refused upload may not have been read to its end: the connection is not reused.
    if (req.method === 'POST' && !req.complete) res.setHeader('Connection', 'close');
    res.status(answer.status).json({ code: answer.code, message: answer.message });
  };

  router.post('/', async (req, res) => {
    try {
      const actor = await callerOf(req, res);
      if (actor.kind === 'ANONYMOUS') throw new FileError(401, 'UNAUTHENTICATED');
      if (!req.headers.authorization && !req.headers['x-requested-with']) {
        throw new FileError(400, 'BAD_REQUEST', 'Thiếu tiêu đề X-Requested-With (chống giả mạo yêu cầu).');
      }
      const { fields, file } = await readUpload(req, options.maxUploadBytes);
      if (!file) throw new FileError(400, 'FILE_MISSING');
      const saved = await options.services.files.upload(actor, {
        owner: fields.owner ?? '',
        purpose: fields.purpose ?? '',
        name: file.name,
        bytes: file.bytes,
      });
      res.status(201).json({ id: saved.globalId, name: saved.name, size: saved.size, contentType: saved.contentType, url: fileUrl(saved) });
    } catch (error) {
      fail(req, res, error);
    }
  });

  router.get('/:id', async (req, res) => {
    try {
      const file = await options.services.files.open(await callerOf(req, res), req.params.id);
      const etag = `"${file.sha256}"`;
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('ETag', etag);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
      res.setHeader('Content-Disposition', contentDisposition(file.name));
      if (req.headers['if-none-match'] === etag) return void res.status(304).end();
      res.setHeader('Content-Type', safeType(file.contentType));
      res.setHeader('Content-Length', String(file.content.length));
      res.end(file.content);
    } catch (error) {
      fail(req, res, error);
    }
  });
  return router;
}
