import { describe, expect, it } from 'vitest';
import { yearlyHistory, yearOptions } from './history';

const sme = { id: 'sme', name: 'Hiệp hội Doanh nghiệp nhỏ và vừa' };
const coop = { id: 'coop', name: 'Liên minh Hợp tác xã' };
const women = { id: 'women', name: 'Hội Nữ Doanh nhân' };

describe('bloc history by year', () => {
  it('keeps the head and the leading unit apart, newest year first', () => {
    const rows = yearlyHistory(
      [
        { year: 2023, role: 'HEAD', unit: sme },
        { year: 2023, role: 'DEPUTY', unit: women },
      ],
      [{ year: 2022, unit: coop, note: 'Cờ thi đua' }],
    );
    expect(rows).toEqual([
      { year: 2023, head: sme, deputy: women },
      { year: 2022, leader: coop, leaderNote: 'Cờ thi đua' },
    ]);
  });

  it('offers years from the first record to next year, including the selected one', () => {
    expect(yearOptions([2022, 2023], 2024, 2024)).toEqual([2025, 2024, 2023, 2022]);
    expect(yearOptions([], 2024, 2019)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    expect(yearOptions([2022], 2024, 2030)[0]).toBe(2030);
  });
});
