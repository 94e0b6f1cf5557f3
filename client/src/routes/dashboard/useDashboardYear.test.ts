import { describe, expect, it } from 'vitest';
import { parseYear, yearOptions } from './useDashboardYear';
import { signedPercent } from './YearCovenantsCard';

describe('the dashboard year', () => {
  it('reads a plausible four-digit year from the URL, else falls back', () => {
    expect(parseYear('2023', 2026)).toBe(2023);
    expect(parseYear(null, 2026)).toBe(2026);
    expect(parseYear('abc', 2026)).toBe(2026);
    expect(parseYear('20231', 2026)).toBe(2026);
    expect(parseYear('1200', 2026)).toBe(2026);
    expect(parseYear('2023.5', 2026)).toBe(2026);
  });

  it('offers ten years back to next year, newest first, and always the selected and data years', () => {
    expect(yearOptions(2026, 2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016]);
    expect(yearOptions(2026, 2030).slice(0, 2)).toEqual([2030, 2029]);
    expect(yearOptions(2026, 2026, [2010]).at(-1)).toBe(2010);
  });

  it('shows the share of member units that signed', () => {
    expect(signedPercent(5, 5)).toBe(100);
    expect(signedPercent(2, 3)).toBe(67);
    expect(signedPercent(0, 0)).toBe(0);
    expect(signedPercent(4, 3)).toBe(100);
  });
});
