import QRCode from 'qrcode';
import type { CertificateSheet } from './certificate.data.js';
import { fontOf, MM, openPdf } from './pdf.js';

/** A QR code as dark squares (no image), `size` mm wide, at top/left mm. */
function drawQr(doc: PDFKit.PDFDocument, text: string, left: number, top: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = (size * MM) / modules.size;
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) doc.rect(left * MM + x * cell, top * MM + y * cell, cell, cell);
  doc.fillColor('#000000').fill();
}

/**
 * The certificates as one PDF, one page per sheet, each the size of its blank with no margin: only
 * the printable fields are drawn (the blank carries the rest), at the layout's positions.
 */
export function renderCertificates(sheets: readonly CertificateSheet[], title: string): Promise<Buffer> {
  const { doc, done } = openPdf({ autoFirstPage: false, margin: 0, info: { Title: title, Creator: 'thidua' }, lang: 'vi-VN' });
  for (const { layout, texts } of sheets) {
    doc.addPage({ size: [layout.pageWidth * MM, layout.pageHeight * MM], margin: 0 });
    for (const f of layout.fields) {
      if (!f.printable) continue;
      const text = texts[f.field];
      if (!text) continue;
      if (f.field === 'QR_CODE') {
        drawQr(doc, text, f.left, f.top, f.width);
        continue;
      }
      doc
        .font(fontOf(f))
        .fontSize(f.fontSize)
        .fillColor(f.color)
        .text(f.uppercase ? text.toLocaleUpperCase('vi-VN') : text, f.left * MM, f.top * MM, { width: f.width * MM, align: f.align, lineBreak: true });
    }
  }
  if (!sheets.length) doc.addPage({ size: 'A3', layout: 'landscape', margin: 0 });
  doc.end();
  return done;
}
