import { describe, expect, it } from 'vitest';
import { fieldsOf, parseField, reviewRange } from './fields';
import { formatScore, parseNumber } from './numbers';

describe('numbers as Vietnamese officers type them', () => {
  it('reads comma decimals and dot thousands', () => {
    expect(parseNumber('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('1.250,5')).toEqual({ ok: true, value: 1250.5 });
    expect(parseNumber('1.250')).toEqual({ ok: true, value: 1250 });
    expect(parseNumber('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumber(' ')).toEqual({ ok: true, value: null });
    expect(parseNumber('12,5,1')).toEqual({ ok: false });
    expect(formatScore(8.5)).toBe('8,50');
  });

  it('checks each field against its kind and range', () => {
    const [occurrences] = fieldsOf('SELF', { kind: 'PER_OCCURRENCE' });
    expect(parseField(occurrences!, '2,5', 'vi')).toEqual({ ok: false, error: 'Phải là số nguyên.' });
    expect(reviewRange({ kind: 'BONUS_PENALTY', maxScore: 5, minScore: -3 })).toEqual({ min: -3, max: 5 });
    const [review] = fieldsOf('REVIEW', { kind: 'BONUS_PENALTY', maxScore: 5, minScore: -3 });
    expect(parseField(review!, '-2', 'vi')).toEqual({ ok: true, value: -2 });
    expect(parseField(review!, '-4', 'vi')).toEqual({ ok: false, error: 'Phải từ -3 đến 5.' });
    expect(fieldsOf('TARGETS', { kind: 'QUALITATIVE' })).toEqual([]);
  });
});
