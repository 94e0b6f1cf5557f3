import { LIMITS, SCORING_LIMITS, type CriterionKind } from '@thidua/shared';
import type { Language } from '../../i18n/language';
import { formatValue, parseNumber } from './numbers';

/** What the cells edit: the unit's own inputs, the reviewer's score, or the targets. */
export type SheetMode = 'SELF' | 'REVIEW' | 'TARGETS';

export type FieldName = 'actualValue' | 'notAssigned' | 'met' | 'occurrences' | 'bonusCount' | 'penaltyCount' | 'reviewScore' | 'target';

export interface FieldSpec {
  name: FieldName;
  /** number: decimals; count: whole numbers; met: đạt / không đạt / empty; flag: a checkbox. */
  type: 'number' | 'count' | 'met' | 'flag';
  min: number;
  max: number;
}

export interface CriterionRules {
  kind: CriterionKind;
  maxScore?: number | null;
  minScore?: number | null;
}

const value = (name: FieldName, max = SCORING_LIMITS.valueMax): FieldSpec => ({ name, type: 'number', min: 0, max });
const count = (name: FieldName): FieldSpec => ({ name, type: 'count', min: 0, max: SCORING_LIMITS.countMax });
const flag = (name: FieldName): FieldSpec => ({ name, type: name === 'met' ? 'met' : 'flag', min: 0, max: 1 });

/** The review score's range, as the server checks it: bonus/penalty criteria may go below zero, down to their min. */
export function reviewRange(criterion: CriterionRules): { min: number; max: number } {
  const bonus = criterion.kind === 'BONUS_PENALTY';
  return {
    min: bonus ? Math.min(criterion.minScore ?? -LIMITS.scoreMax, 0) : 0,
    max: criterion.maxScore ?? (bonus ? LIMITS.scoreMax : 0),
  };
}

/** The fields a leaf criterion's cell edits in a mode (the API's input fields); none: the cell is read-only there. */
export function fieldsOf(mode: SheetMode, criterion: CriterionRules): FieldSpec[] {
  if (mode === 'REVIEW') return [{ name: 'reviewScore', type: 'number', ...reviewRange(criterion) }];
  if (mode === 'TARGETS') return criterion.kind === 'QUANTITATIVE' ? [value('target')] : [];
  switch (criterion.kind) {
    case 'QUANTITATIVE':
      return [value('actualValue'), flag('notAssigned')];
    case 'QUALITATIVE':
      return [flag('met'), flag('notAssigned')];
    case 'PER_OCCURRENCE':
      return [count('occurrences')];
    case 'BONUS_PENALTY':
      return [count('bonusCount'), count('penaltyCount')];
  }
}

export type FieldValue = number | boolean | null;
/** What an editor holds per field: text for numbers, 'true' / 'false' / '' for met, a boolean for flags. */
export type FieldText = string | boolean;

/** The editor's starting text of a field's stored value. */
export function textOf(spec: FieldSpec, stored: FieldValue | undefined): FieldText {
  if (spec.type === 'flag') return stored === true;
  if (spec.type === 'met') return stored == null ? '' : String(stored);
  return typeof stored === 'number' ? String(stored).replace('.', ',') : '';
}

const ERRORS = {
  notNumber: { vi: 'Không phải là số (dùng dấu phẩy cho phần thập phân, ví dụ 12,5).', en: 'Not a number (use a decimal comma, e.g. 12,5).' },
  negative: { vi: 'Không được âm.', en: 'Must not be negative.' },
  whole: { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' },
  range: { vi: 'Phải từ {min} đến {max}.', en: 'Must be from {min} to {max}.' },
};

export type ParsedField = { ok: true; value: FieldValue } | { ok: false; error: string };

/** A field's typed text as the value to send, or why it cannot be sent (Vietnamese first). */
export function parseField(spec: FieldSpec, text: FieldText, language: Language): ParsedField {
  if (spec.type === 'flag') return { ok: true, value: text === true };
  if (spec.type === 'met') return { ok: true, value: text === '' ? null : text === 'true' };
  const parsed = parseNumber(String(text));
  if (!parsed.ok) return { ok: false, error: ERRORS.notNumber[language] };
  const n = parsed.value;
  if (n == null) return { ok: true, value: null };
  if (spec.min === 0 && n < 0) return { ok: false, error: ERRORS.negative[language] };
  if (spec.type === 'count' && !Number.isInteger(n)) return { ok: false, error: ERRORS.whole[language] };
  if (n < spec.min || n > spec.max) {
    return { ok: false, error: ERRORS.range[language].replace('{min}', formatValue(spec.min)).replace('{max}', formatValue(spec.max)) };
  }
  return { ok: true, value: n };
}
