import express, { type Request, type Response } from 'express';
import { attachmentHeaders, callerOf, type DownloadRoutesOptions } from '../../core/http/download.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { FileError, fileErrorOf } from './file.errors.js';
import { readUpload } from './file.upload.js';
import type { StoredFile } from './stored-file.entity.js';

export interface FileRoutesOptions extends DownloadRoutesOptions {
  maxUploadBytes: number;
}

export const fileUrl = (file: Pick<StoredFile, 'id'>) => `/files/${toGlobalId('StoredFile', file.id)}`;

/** Nothing a browser would render as a page, whatever was stored. */
const safeType = (type: string) => (/html|xml|svg|javascript|ecmascript/i.test(type) ? 'application/octet-stream' : type);

/**
 * `POST /files` (multipart: `owner` global id, `purpose`, then `file`) and `GET /files/:id`,
 * authenticated like /graphql (session cookie or Bearer token). A cookie upload also needs an
 * `X-Requested-With` header, which a cross-site form cannot send. Errors are JSON `{ code, message }`.
 */
export function fileRoutes(options: FileRoutesOptions): express.Router {
  const router = express.Router();
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
      const actor = await callerOf(options, req, res);
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
      const file = await options.services.files.open(await callerOf(options, req, res), req.params.id);
      const etag = `"${file.sha256}"`;
      attachmentHeaders(res, file.name, 'private, no-cache');
      res.setHeader('ETag', etag);
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
