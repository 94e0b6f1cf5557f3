/**
 * Certificates printed onto pre-printed blanks (phôi Bằng khen, Giấy khen, Cờ thi đua; WORKFLOW.md
 * §4): per award type a layout — page size (A3 landscape, no margin, by default) and where each
 * field goes, in millimetres from the sheet's top-left corner. A field that is not printable is
 * shown on screen only (the blank already carries it).
 */
import type { Label } from './enums.js';

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  return { values: Object.keys(labels) as K[], labels };
}

export const CertificateField = vocabulary({
  SALUTATION: { vi: 'Danh xưng (Ông/Bà, Tập thể, Hộ gia đình)', en: 'Salutation' },
  RECIPIENT: { vi: 'Tên người, tập thể được khen', en: 'Recipient name' },
  POSITION_UNIT: { vi: 'Chức vụ, đơn vị', en: 'Position and unit' },
  ACHIEVEMENT: { vi: 'Thành tích', en: 'Achievement' },
  PLACE_DATE: { vi: 'Địa danh, ngày tháng', en: 'Place and date' },
  SIGNER_TITLE: { vi: 'Chức vụ người ký', en: 'Signer title' },
  SIGNER_NAME: { vi: 'Họ tên người ký', en: 'Signer name' },
  DECISION_LINE: { vi: 'Quyết định số, ngày; số vào sổ', en: 'Decision number, date; register number' },
  QR_CODE: { vi: 'Mã QR tra cứu công khai', en: 'QR code of the public record' },
});
export type CertificateField = (typeof CertificateField.values)[number];

export const TEXT_ALIGNS = ['left', 'center', 'right'] as const;
export type TextAlign = (typeof TEXT_ALIGNS)[number];

export interface CertificateFieldLayout {
  field: CertificateField;
  /** Millimetres from the sheet's top and left edges. */
  top: number;
  left: number;
  /** Width of the text box (for the QR code: its side), mm. */
  width: number;
  /** Points. */
  fontSize: number;
  bold: boolean;
  italic: boolean;
  align: TextAlign;
  /** #rrggbb */
  color: string;
  uppercase: boolean;
  printable: boolean;
}

export interface CertificateLayoutShape {
  pageWidth: number;
  pageHeight: number;
  fields: CertificateFieldLayout[];
}

export const CERTIFICATE_LIMITS = { pageMin: 50, pageMax: 600, fontMin: 6, fontMax: 72 } as const;

const f = (
  field: CertificateField,
  top: number,
  left: number,
  width: number,
  fontSize: number,
  extra: Partial<CertificateFieldLayout> = {},
): CertificateFieldLayout => ({
  field,
  top,
  left,
  width,
  fontSize,
  bold: false,
  italic: false,
  align: 'center',
  color: '#000000',
  uppercase: false,
  printable: true,
  ...extra,
});

/** A3 landscape (420 × 297 mm), the fields where most provincial blanks leave room for them. */
export const DEFAULT_CERTIFICATE_LAYOUT: CertificateLayoutShape = {
  pageWidth: 420,
  pageHeight: 297,
  fields: [
    f('SALUTATION', 118, 60, 300, 20, { italic: true }),
    f('RECIPIENT', 130, 60, 300, 28, { bold: true, uppercase: true, color: '#b00000' }),
    f('POSITION_UNIT', 146, 60, 300, 16),
    f('ACHIEVEMENT', 160, 70, 280, 16, { italic: true }),
    f('PLACE_DATE', 205, 230, 160, 14, { italic: true }),
    f('SIGNER_TITLE', 215, 230, 160, 15, { bold: true, uppercase: true }),
    f('SIGNER_NAME', 255, 230, 160, 16, { bold: true }),
    f('DECISION_LINE', 255, 30, 170, 12, { align: 'left' }),
    f('QR_CODE', 225, 30, 25, 10),
  ],
};

/** Vietnamese problems of a layout (the server refuses it with them; the editor shows them as typed). */
export function certificateLayoutProblems(layout: CertificateLayoutShape): string[] {
  const problems: string[] = [];
  const { pageMin, pageMax, fontMin, fontMax } = CERTIFICATE_LIMITS;
  if (!(layout.pageWidth >= pageMin && layout.pageWidth <= pageMax && layout.pageHeight >= pageMin && layout.pageHeight <= pageMax))
    problems.push(`Khổ giấy phải từ ${pageMin} đến ${pageMax} mm mỗi chiều.`);
  const seen = new Set<string>();
  for (const field of layout.fields) {
    const name = CertificateField.labels[field.field]?.vi ?? field.field;
    if (seen.has(field.field)) problems.push(`Trường "${name}" có hai lần.`);
    seen.add(field.field);
    if (field.left < 0 || field.top < 0 || field.width <= 0 || field.left + field.width > layout.pageWidth || field.top > layout.pageHeight)
      problems.push(`Trường "${name}" nằm ngoài khổ giấy.`);
    if (field.fontSize < fontMin || field.fontSize > fontMax) problems.push(`Cỡ chữ của "${name}" phải từ ${fontMin} đến ${fontMax}.`);
    if (!/^#[0-9a-fA-F]{6}$/.test(field.color)) problems.push(`Màu của "${name}" phải có dạng #rrggbb.`);
  }
  return problems;
}
