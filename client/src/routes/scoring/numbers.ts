/**
 * Numbers as Vietnamese officers type and read them: comma decimals, dot thousands ("1.250,5").
 * Pure, so the grid, its editors and the tests agree.
 */

const scoreFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const valueFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

/** A score with 2 decimals ("8,50"); empty when there is none. */
export function formatScore(value: number | null | undefined): string {
  return value == null ? '' : scoreFormat.format(value);
}

/** A target, actual value or count as typed back ("1.250,5"); empty when there is none. */
export function formatValue(value: number | null | undefined): string {
  return value == null ? '' : valueFormat.format(value);
}

/** What an input holds for a value, without thousands separators so it reads back the same ("1250,5"). */
export function inputText(value: number | null | undefined): string {
  return value == null ? '' : String(value).replace('.', ',');
}

export type Parsed = { ok: true; value: number | null } | { ok: false };

/**
 * "1,5" → 1.5; "1.250,5" → 1250.5; "1.250" → 1250 (dot thousands); "1.5" → 1.5 (a lone dot with
 * other than three digits after it is a decimal point, as pasted from a spreadsheet); "" → null.
 */
export function parseNumber(text: string): Parsed {
  const s = text.replace(/[\s\u00a0]/g, '');
  if (!s) return { ok: true, value: null };
  let normalized: string;
  if (s.includes(',')) {
    if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(s) && !/^-?\d+(,\d+)?$/.test(s)) return { ok: false };
    normalized = s.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) {
    normalized = s.replace(/\./g, '');
  } else if (/^-?\d+(\.\d+)?$/.test(s)) {
    normalized = s;
  } else {
    return { ok: false };
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
