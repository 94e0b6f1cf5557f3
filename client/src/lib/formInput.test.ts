import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { toInput, toLocalDate } from './formInput';

describe('form values as API input', () => {
  it('sends cleared fields as null so an update clears them, and dates as LocalDate', () => {
    expect(toInput({ a: '', b: undefined, c: 'x', d: 0, e: null })).toEqual({ a: null, b: null, c: 'x', d: 0, e: null });
    expect(toLocalDate(dayjs('2022-03-31'))).toBe('2022-03-31');
    expect(toLocalDate(null)).toBeNull();
  });
});
