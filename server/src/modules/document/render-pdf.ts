import { cellShares, type FilledBlock, type Run } from './document.model.js';
import { fontOf, MM, openPdf } from './pdf.js';

/** A4 with the margins of Decree 30/2020 (top, bottom 20 mm; left 30 mm; right 15 mm). */
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const SIZE = 13;
const TITLE_SIZE = 14;
/** Header and signature rows: the issuer and the national motto side by side. */
const ROW_SIZE = 12;
const CELL_PAD = 3;

type Doc = PDFKit.PDFDocument;

/** pdfkit drops a continued run's leading space: it goes to the end of the run before. */
const spaced = (runs: readonly Run[]): Run[] =>
  runs.map((run, i) => ({
    ...run,
    text: (i > 0 ? run.text.trimStart() : run.text) + (/^\s/.test(runs[i + 1]?.text ?? '') ? ' ' : ''),
  }));

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGINS.bottom) doc.addPage();
}

function row(doc: Doc, block: Extract<FilledBlock, { type: 'row' }>, width: number): void {
  const widths = cellShares(block.cells.length).map((share) => share * width);
  const heights = block.cells.map((c, i) =>
    doc
      .font(fontOf(c))
      .fontSize(ROW_SIZE)
      .heightOfString(c.text || ' ', { width: widths[i] }),
  );
  const height = Math.max(...heights);
  ensureRoom(doc, height);
  const y = doc.y;
  let x = MARGINS.left;
  block.cells.forEach((c, i) => {
    if (c.text) doc.font(fontOf(c)).fontSize(ROW_SIZE).text(c.text, x, y, { width: widths[i], align: c.align });
    x += widths[i]!;
  });
  doc.x = MARGINS.left;
  doc.y = y + height;
}

function table(doc: Doc, block: Extract<FilledBlock, { type: 'table' }>, width: number): void {
  const first = 12 * MM;
  const rest = (width - first) / (block.headers.length - 1);
  const widths = block.headers.map((_h, i) => (i === 0 ? first : rest));
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(SIZE - 1);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 2 * CELL_PAD }))) + 2 * CELL_PAD;
    ensureRoom(doc, height);
    const y = doc.y;
    let x = MARGINS.left;
    cells.forEach((c, i) => {
      doc.rect(x, y, widths[i]!, height).lineWidth(0.5).stroke();
      doc.text(c, x + CELL_PAD, y + CELL_PAD, { width: widths[i]! - 2 * CELL_PAD, align: i === 0 || bold ? 'center' : 'left' });
      x += widths[i]!;
    });
    doc.x = MARGINS.left;
    doc.y = y + height;
  };
  drawRow(block.headers, true);
  for (const cells of block.rows) drawRow(cells, false);
  doc.moveDown(0.3);
}

/** The PDF of a filled template: A4 portrait, Noto Serif embedded. */
export function renderPdf(blocks: readonly FilledBlock[], title: string): Promise<Buffer> {
  const { doc, done } = openPdf({ size: 'A4', margins: MARGINS, info: { Title: title, Creator: 'thidua' }, lang: 'vi-VN', displayTitle: true });
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  doc.font('regular').fontSize(SIZE);
  for (const block of blocks) {
    if (block.type === 'space') doc.moveDown(0.5);
    else if (block.type === 'pageBreak') doc.addPage();
    else if (block.type === 'row') row(doc, block, width);
    else if (block.type === 'table') table(doc, block, width);
    else {
      const options = { width, align: block.align, indent: block.align === 'justify' ? 10 * MM : 0, paragraphGap: 3 };
      doc.font(fontOf(block)).fontSize(block.title ? TITLE_SIZE : SIZE);
      ensureRoom(doc, doc.heightOfString(block.runs.map((r) => r.text).join('') || ' ', options));
      doc.x = MARGINS.left;
      if (!block.runs.length) doc.text(' ', options);
      spaced(block.runs).forEach((run, i, runs) => {
        doc.font(fontOf({ bold: block.bold || run.bold, italic: block.italic })).text(run.text, { ...options, continued: i < runs.length - 1 });
      });
    }
  }
  doc.end();
  return done;
}
