import express, { type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Services } from '../../services.js';
import { authenticate, sessionCookie } from '../../core/http/authenticate.js';
import { AppError } from '../../core/errors.js';
import { contentDisposition } from '../file/index.js';

/** `GET /jobs/:id/result`: a finished job's file, for the account or token that asked for it. */
export function jobRoutes(options: { db: DataSource; services: Services; cookieSecure: boolean }): express.Router {
  const router = express.Router();
  router.get('/:id/result', async (req: Request, res: Response) => {
    try {
      const { actor } = await authenticate(options.services, options.db, req.headers.authorization, sessionCookie(req, res, options.cookieSecure));
      const file = await options.services.jobs.result(actor, req.params.id as string);
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
      res.setHeader('Content-Disposition', contentDisposition(file.name));
      res.setHeader('Content-Type', file.type);
      res.setHeader('Content-Length', String(file.bytes.length));
      res.end(file.bytes);
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR';
      if (!(error instanceof AppError)) console.error('Unexpected job download error:', error);
      const status = code === 'UNAUTHENTICATED' ? 401 : code === 'NOT_FOUND' ? 404 : code === 'FORBIDDEN' ? 403 : 500;
      res.status(status).json({ code, message: error instanceof AppError ? error.message : 'Lỗi máy chủ.' });
    }
  });
  return router;
}
