import ExcelJS from 'exceljs';
import type { StatisticsReport } from './statistics-report.types.js';

const FIRST_HEADER_ROW = 6;
const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A computed form as an xlsx workbook in the form's layout: the form code, the title and year,
 * the unit of count; two header rows (column groups merged across their columns, lone columns
 * and the first two merged down both rows), the row of column codes, then one line per row with
 * its indentation, code and figures; the notes under the table.
 */
export async function statisticsWorkbook(report: StatisticsReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Hệ thống quản lý thi đua, khen thưởng';
  const sheet = book.addWorksheet(report.code.slice(0, 4), { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 } });
  const columns = report.columnGroups.flatMap((g) => g.columns);
  const width = 2 + columns.length;
  sheet.columns = [{ width: 58 }, { width: 8 }, ...columns.map(() => ({ width: 13 }))];

  sheet.getCell(1, 1).value = `Biểu số: ${report.code}`;
  sheet.getCell(1, 1).font = { bold: true };
  const line = (row: number, text: string, font: Partial<ExcelJS.Font>, align: 'center' | 'right') => {
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  };
  line(2, report.title, { bold: true, size: 14 }, 'center');
  line(3, `Năm ${report.year} — ${report.scopeLabel}`, { italic: true }, 'center');
  line(4, report.unitLabel, { italic: true }, 'right');

  const top = FIRST_HEADER_ROW;
  const header = (row: number, col: number, text: string, toRow = row, toCol = col) => {
    if (toRow !== row || toCol !== col) sheet.mergeCells(row, col, toRow, toCol);
    const cell = sheet.getCell(row, col);
    cell.value = text;
  };
  header(top, 1, 'Tên chỉ tiêu', top + 1);
  header(top, 2, 'Mã số', top + 1);
  let col = 3;
  for (const group of report.columnGroups) {
    if (group.label) {
      if (group.columns.length > 1) header(top, col, group.label, top, col + group.columns.length - 1);
      else header(top, col, group.label);
      group.columns.forEach((c, i) => header(top + 1, col + i, c.label));
    } else group.columns.forEach((c, i) => header(top, col + i, c.label, top + 1));
    col += group.columns.length;
  }
  const codes = sheet.getRow(top + 2);
  ['A', 'B', ...columns.map((c) => c.code)].forEach((code, i) => (codes.getCell(i + 1).value = code));
  for (let r = top; r <= top + 2; r += 1) {
    for (let c = 1; c <= width; c += 1) {
      const cell = sheet.getCell(r, c);
      cell.font = { bold: r < top + 2, italic: r === top + 2 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
    }
  }
  sheet.getRow(top).height = 32;
  sheet.getRow(top + 1).height = 45;

  report.rows.forEach((row, i) => {
    const excelRow = sheet.getRow(top + 3 + i);
    excelRow.getCell(1).value = row.label;
    excelRow.getCell(1).alignment = { indent: row.level * 2, wrapText: true, vertical: 'middle' };
    excelRow.getCell(1).font = { bold: !row.code || row.code === '01', italic: !row.code };
    excelRow.getCell(2).value = row.code ?? '';
    excelRow.getCell(2).alignment = { horizontal: 'center' };
    row.cells.forEach((value, j) => (excelRow.getCell(3 + j).value = value));
    for (let c = 1; c <= width; c += 1) excelRow.getCell(c).border = BORDER;
  });

  let noteRow = top + 4 + report.rows.length;
  for (const note of report.notes) {
    line(noteRow, `Ghi chú: ${note}`, { italic: true, size: 10 }, 'center');
    sheet.getCell(noteRow, 1).alignment = { horizontal: 'left', wrapText: true };
    sheet.getRow(noteRow).height = 30;
    noteRow += 1;
  }
  sheet.views = [{ state: 'frozen', ySplit: top + 2, xSplit: 2 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
