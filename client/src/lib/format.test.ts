import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';

describe('formatting', () => {
  it('writes dates as dd/MM/yyyy and numbers the Vietnamese way', () => {
    expect(formatDate('2022-03-31')).toBe('31/03/2022');
    expect(formatDate(null)).toBe('');
    expect(formatNumber(1234567)).toBe('1.234.567');
  });
});
