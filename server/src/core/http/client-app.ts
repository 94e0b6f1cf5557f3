import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

/** Vite names the files under assets/ by their content: a new build gives new names. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and every app route, which is index.html) is checked again on each visit. */
export const REVALIDATE = 'no-cache';

/** The precompressed copy the client accepts (`client/scripts/compress.mjs` writes them), best first. */
function encodingFor(acceptEncoding: string | undefined, file: string): { encoding: string; file: string } | undefined {
  const accepted = (acceptEncoding ?? '').split(',').map((part) => part.trim().split(';')[0]);
  for (const [encoding, ext] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (accepted.includes(encoding) && fs.existsSync(file + ext)) return { encoding, file: file + ext };
  }
  return undefined;
}

/**
 * The built single-page app: its files, compressed (brotli or gzip, made at build time), with
 * long-lived caching for the hashed assets; index.html for its client-side routes, never cached
 * without asking again, so a new build reaches every browser at its next visit.
 */
export function serveClient(app: express.Express, clientDir: string | null): void {
  if (!clientDir || !fs.existsSync(path.join(clientDir, 'index.html'))) return;
  const root = path.resolve(clientDir);
  const send = (res: express.Response, file: string, acceptEncoding: string | undefined, cacheControl: string) => {
    const compressed = encodingFor(acceptEncoding, file);
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('Vary', 'Accept-Encoding');
    // The type of the original file, not of its .br or .gz copy.
    res.type(path.extname(file));
    if (compressed) res.setHeader('Content-Encoding', compressed.encoding);
    res.sendFile(compressed?.file ?? file, { cacheControl: false, dotfiles: 'deny' });
  };

  app.get(/^\/(?!graphql).*/, (req, res, next) => {
    let file: string;
    try {
      file = path.resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next(); // a malformed path: no file of ours
    }
    const isFile = file.startsWith(root + path.sep) && !/\.(br|gz)$/.test(file) && fs.statSync(file, { throwIfNoEntry: false })?.isFile();
    if (isFile) {
      const hashed = file.startsWith(path.join(root, 'assets') + path.sep);
      return send(res, file, req.headers['accept-encoding'], hashed ? IMMUTABLE : REVALIDATE);
    }
    // A missing asset is a 404, not the app's page (a stale tab asking for an old chunk).
    if (req.path.startsWith('/assets/')) return next();
    send(res, path.join(root, 'index.html'), req.headers['accept-encoding'], REVALIDATE);
  });
}
