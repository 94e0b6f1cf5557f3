import { FILE_KINDS, type FileKind } from '@thidua/shared';

/** Signatures (magic bytes) at offset 0. */
const PDF = Buffer.from('%PDF-');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const startsWith = (bytes: Buffer, signature: Buffer) => bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);

/** Markup or script a browser would run if it ever rendered the text (HTML, SVG, XML). */
const MARKUP = /<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|meta|\?xml)|javascript:/i;

/** Plain text: valid UTF-8, no NUL or other binary control bytes, no markup. */
function isPlainText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  return !MARKUP.test(text);
}

/** The candidates for a signature; the extension picks among them (a .docx and a .zip are both zip archives). */
function candidates(bytes: Buffer): FileKind[] {
  if (startsWith(bytes, PDF)) return ['pdf'];
  if (startsWith(bytes, PNG)) return ['png'];
  if (startsWith(bytes, JPEG)) return ['jpeg'];
  if (ZIP.some((signature) => startsWith(bytes, signature))) return ['docx', 'xlsx', 'zip'];
  if (startsWith(bytes, OLE2)) return ['doc', 'xls'];
  if (isPlainText(bytes)) return ['txt', 'csv'];
  return [];
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * The kind of a file from its bytes and its name: the signature must be one of an allowed kind
 * and the extension one of that kind's, so HTML, SVG, scripts and executables are refused, and so
 * is a PDF named `.html` (whatever opens it after download would go by the name). Null = refused.
 */
export function detectKind(bytes: Buffer, name: string, allowed: readonly FileKind[]): FileKind | null {
  const extension = extensionOf(name);
  const kind = candidates(bytes).find((candidate) => (FILE_KINDS[candidate].extensions as readonly string[]).includes(extension));
  return kind && allowed.includes(kind) ? kind : null;
}

const MAX_NAME = 200;

/**
 * A file name safe to store and send back: the last path segment, NFC, without control
 * characters or characters Windows refuses, spaces collapsed, at most 200 characters with the
 * extension kept. Vietnamese letters stay as they are.
 */
export function sanitizeName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (name.length > MAX_NAME) {
    const extension = extensionOf(name);
    const tail = extension && extension.length < 10 ? `.${extension}` : '';
    name = name.slice(0, MAX_NAME - tail.length).trimEnd() + tail;
  }
  return name || 'tep';
}
