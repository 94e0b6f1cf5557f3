import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Services } from '../../services.js';
import type { Actor } from '../actor.js';
import type { ChangeOrigin } from '../changes/origin.js';
import { AppError } from '../errors.js';
import { authenticate, sessionCookie } from './authenticate.js';

/** What every authenticated download route needs (files, job results, documents, statistics). */
export interface DownloadRoutesOptions {
  db: DataSource;
  services: Services;
  cookieSecure: boolean;
}

/** The caller of a download, authenticated like /graphql (session cookie or Bearer token), and stamped on the request's change origin. */
export async function callerOf(options: DownloadRoutesOptions, req: Request, res: Response): Promise<Actor> {
  const { actor } = await authenticate(options.services, options.db, req.headers.authorization, sessionCookie(req, res, options.cookieSecure));
  const origin = res.locals.changeOrigin as ChangeOrigin | undefined;
  if (origin) origin.actor = actor;
  return actor;
}

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

/** The headers every download carries: never cached by others, never sniffed or rendered as a page, always saved as a file. */
export function attachmentHeaders(res: Response, name: string, cache = 'private, no-store'): void {
  res.setHeader('Cache-Control', cache);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
  res.setHeader('Content-Disposition', contentDisposition(name));
}

/** A generated file, sent whole as an attachment. */
export function sendAttachment(res: Response, file: { name: string; type: string; bytes: Buffer }): void {
  attachmentHeaders(res, file.name);
  res.setHeader('Content-Type', file.type);
  res.setHeader('Content-Length', String(file.bytes.length));
  res.end(file.bytes);
}

const STATUS_OF: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * The JSON answer `{ code, message }` of a failed download: an AppError keeps its code (401, 403,
 * 404, else 400), with the route's own wording for a code when it has one; anything else is logged
 * and answered 500.
 */
export function sendFailure(res: Response, error: unknown, what: string, messages: Partial<Record<string, string>> = {}): void {
  if (error instanceof AppError) {
    res.status(STATUS_OF[error.code] ?? 400).json({ code: error.code, message: messages[error.code] ?? error.message });
    return;
  }
  console.error(`Unexpected ${what} error:`, error);
  res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: messages.INTERNAL_SERVER_ERROR ?? 'Lỗi máy chủ.' });
}
