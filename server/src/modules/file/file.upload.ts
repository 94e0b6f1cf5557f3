import type { Request } from 'express';
import busboy from 'busboy';
import { FileError, tooLarge } from './file.errors.js';

export interface ReadUpload {
  fields: Record<string, string>;
  file: { name: string; bytes: Buffer } | null;
}

/** Room for the multipart boundaries and the small fields around the file. */
const ENVELOPE = 64 * 1024;

/**
 * Reads a multipart/form-data body into memory: small text fields and one part `file` of at
 * most `maxBytes`. Over the limit is FILE_TOO_LARGE (a declared length over it is refused before
 * reading; otherwise the rest is drained so the client reads the answer). A body that ends early
 * (aborted upload) rejects, so nothing is stored.
 */
export function readUpload(req: Request, maxBytes: number): Promise<ReadUpload> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1000, parts: 12 }, defParamCharset: 'utf8' });
    } catch {
      return reject(new FileError(400, 'BAD_REQUEST', 'Cần gửi tệp dạng multipart/form-data.'));
    }
    const fields: Record<string, string> = {};
    let file: ReadUpload['file'] = null;
    let truncated = false;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      reject(error);
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) return stream.resume();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        truncated = true;
        chunks.length = 0;
      });
      stream.on('end', () => {
        file = { name: info.filename ?? '', bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('error', (error) => fail(new FileError(400, 'BAD_REQUEST', error instanceof Error ? 'Dữ liệu tải lên không đầy đủ.' : undefined)));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      if (truncated) reject(tooLarge(maxBytes));
      else resolve({ fields, file });
    });
    req.on('aborted', () => fail(new FileError(400, 'BAD_REQUEST', 'Tải lên bị ngắt.')));
    req.on('error', () => fail(new FileError(400, 'BAD_REQUEST', 'Tải lên bị ngắt.')));
    req.pipe(parser);
  });
}
