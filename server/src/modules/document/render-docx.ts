import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import { DOCX_FONT } from './document.fonts.js';
import { cellShares, type Align, type FilledBlock, type Run } from './document.model.js';

const SIZE = 26; // half-points: 13 pt
const TITLE_SIZE = 28;
const ALIGN = { justify: AlignmentType.JUSTIFIED, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface ParaStyle {
  align: Align | 'left';
  bold?: boolean;
  italic?: boolean;
  size?: number;
  indent?: boolean;
}
const para = (text: string | readonly Run[], o: ParaStyle) =>
  new Paragraph({
    alignment: o.align === 'left' ? AlignmentType.LEFT : ALIGN[o.align],
    indent: o.indent ? { firstLine: convertMillimetersToTwip(10) } : undefined,
    spacing: { after: 60 },
    children: (typeof text === 'string' ? [{ text, bold: false }] : text).map(
      (run) => new TextRun({ text: run.text, bold: o.bold || run.bold, italics: o.italic, size: o.size ?? SIZE, font: DOCX_FONT }),
    ),
  });

function row(block: Extract<FilledBlock, { type: 'row' }>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: block.cells.map(
          (c, i) =>
            new TableCell({
              width: { size: cellShares(block.cells.length)[i]! * 100, type: WidthType.PERCENTAGE },
              children: [para(c.text, { ...c, size: SIZE - 2 })],
            }),
        ),
      }),
    ],
  });
}

function table(block: Extract<FilledBlock, { type: 'table' }>): Table {
  const cells = (texts: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: texts.map((t, i) => new TableCell({ children: [para(t, { align: header || i === 0 ? 'center' : 'justify', bold: header, size: SIZE - 2 })] })),
    });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [cells(block.headers, true), ...block.rows.map((r) => cells(r, false))] });
}

/** The DOCX of a filled template: A4, the margins of Decree 30/2020, for the Board to edit in Word. */
export function renderDocx(blocks: readonly FilledBlock[], title: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.type === 'space') children.push(para('', { align: 'justify' }));
    else if (block.type === 'pageBreak') children.push(new Paragraph({ children: [new PageBreak()] }));
    else if (block.type === 'row') children.push(row(block));
    else if (block.type === 'table') children.push(table(block), para('', { align: 'justify' }));
    else children.push(para(block.runs, { ...block, size: block.title ? TITLE_SIZE : SIZE, indent: block.align === 'justify' }));
  }
  const document = new Document({
    title,
    creator: 'thidua',
    styles: { default: { document: { run: { font: DOCX_FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
