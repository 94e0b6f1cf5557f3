import { describe, expect, it } from 'vitest';
import { fillPlaceholders, parseTemplate, runsOf, templateProblems } from './document.js';

describe('the template language', () => {
  it('reads titles, aligned lines, rows, tables, conditions and page breaks', () => {
    expect(
      parseTemplate(
        '# QUYẾT ĐỊNH\n^ _Về việc {subject}_\n*UBND* || < - Lưu: VT.\n\n[[individuals | Họ và tên: {name} | STT riêng]]\n?households *III. Hộ gia đình*\n---\n> ngày {date}\n\n',
      ),
    ).toEqual([
      { type: 'paragraph', align: 'center', title: true, bold: true, italic: false, text: 'QUYẾT ĐỊNH', onlyIf: null },
      { type: 'paragraph', align: 'center', title: false, bold: false, italic: true, text: 'Về việc {subject}', onlyIf: null },
      {
        type: 'row',
        onlyIf: null,
        cells: [
          { text: 'UBND', bold: true, italic: false, align: 'center' },
          { text: '- Lưu: VT.', bold: false, italic: false, align: 'left' },
        ],
      },
      { type: 'space' },
      {
        type: 'table',
        list: 'individuals',
        columns: [
          { header: 'Họ và tên', text: '{name}' },
          { header: 'STT riêng', text: 'STT riêng' },
        ],
      },
      { type: 'paragraph', align: 'justify', title: false, bold: true, italic: false, text: 'III. Hộ gia đình', onlyIf: 'households' },
      { type: 'pageBreak' },
      { type: 'paragraph', align: 'right', title: false, bold: false, italic: false, text: 'ngày {date}', onlyIf: null },
    ]);
  });

  it('names the fields and lists a kind does not have', () => {
    expect(templateProblems('DECISION', '# {number}\n[[individuals | {name} | {tuoi}]]')).toEqual([
      'Trường không có trong "Dự thảo quyết định khen thưởng và danh sách kèm theo": {individuals.tuoi}.',
    ]);
    expect(templateProblems('BALLOT_MINUTES', '[[members | {name}]]')).toEqual(['Danh sách không có trong "Biên bản bình xét, bỏ phiếu của khối": members.']);
    expect(templateProblems('COUNCIL_MINUTES', '# BIÊN BẢN {title}\n[[members | {name}]]')).toEqual([]);
  });

  it('fills values, leaves dots for missing ones, and marks bold words', () => {
    expect(fillPlaceholders('Số: {number}, ngày {date}', { number: '12/QĐ-UBND', date: null })).toBe('Số: 12/QĐ-UBND, ngày ……');
    expect(runsOf('*Điều 1.* Tặng Bằng khen')).toEqual([
      { text: 'Điều 1.', bold: true },
      { text: ' Tặng Bằng khen', bold: false },
    ]);
  });
});
