import PDFDocument from 'pdfkit';
import { PDF_FONTS } from './document.fonts.js';

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** The registered face (PDF_FONTS) of a bold and/or italic text. */
export const fontOf = (s: { bold: boolean; italic: boolean }) => (s.bold ? (s.italic ? 'boldItalic' : 'bold') : s.italic ? 'italic' : 'regular');

/** A new PDF with Noto Serif registered under PDF_FONTS' names; `done` gives its bytes once `doc.end()` is called. */
export function openPdf(options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  for (const [name, path] of Object.entries(PDF_FONTS)) doc.registerFont(name, path);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
