import { describe, expect, it } from 'vitest';
import { FILE_KIND_NAMES } from '@thidua/shared';
import { detectKind, sanitizeName } from './file.detect.js';

const ALL = FILE_KIND_NAMES;
const pdf = Buffer.from('%PDF-1.7\n…');
const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);

describe('detectKind', () => {
  it('goes by the signature, the extension choosing among archives and old Office files', () => {
    expect(detectKind(pdf, 'Báo cáo.PDF', ALL)).toBe('pdf');
    expect(detectKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'ảnh.jpg', ALL)).toBe('jpeg');
    expect(detectKind(zip, 'Biên bản.docx', ALL)).toBe('docx');
    expect(detectKind(zip, 'Bảng điểm.xlsx', ALL)).toBe('xlsx');
    expect(detectKind(zip, 'hồ sơ.zip', ALL)).toBe('zip');
    expect(detectKind(Buffer.from('Đơn vị;Điểm\nA;9\n'), 'điểm.csv', ALL)).toBe('csv');
  });

  it('refuses HTML, SVG, scripts, binaries, a mismatched name and kinds not allowed', () => {
    expect(detectKind(Buffer.from('<!DOCTYPE html><p>x</p>'), 'a.txt', ALL)).toBeNull();
    expect(detectKind(Buffer.from('<svg onload="alert(1)"/>'), 'a.txt', ALL)).toBeNull();
    expect(detectKind(Buffer.from('<html><script>alert(1)</script>'), 'a.html', ALL)).toBeNull();
    expect(detectKind(Buffer.from([0x4d, 0x5a, 0x90, 0x00]), 'setup.txt', ALL)).toBeNull();
    expect(detectKind(pdf, 'trang.html', ALL)).toBeNull();
    expect(detectKind(pdf, 'a.pdf', ['png'])).toBeNull();
  });
});

describe('sanitizeName', () => {
  it('keeps Vietnamese, drops paths and forbidden characters, bounds the length', () => {
    expect(sanitizeName('C:\\Users\\an\\Minh chứng "quý" 1.pdf')).toBe('Minh chứng quý 1.pdf');
    expect(sanitizeName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeName('Bie\u0302n ba\u0309n.docx')).toBe('Biên bản.docx');
    expect(sanitizeName('...')).toBe('tep');
    const long = sanitizeName(`${'Đ'.repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});
