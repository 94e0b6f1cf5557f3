import { describe, expect, it } from 'vitest';
import { countOf, toYearAwardSeries, type StatsGroup } from './commendationSeries';

const flag = { id: 'QXdhcmRUeXBlOjE=', nameVi: 'Cờ thi đua của Ủy ban nhân dân tỉnh, thành phố', nameEn: 'Provincial Emulation Flag', rank: 70 };
const merit = {
  id: 'QXdhcmRUeXBlOjI=',
  nameVi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố',
  nameEn: "Provincial Chairman's Certificate of Merit",
  rank: 60,
};
const medal = { id: 'QXdhcmRUeXBlOjM=', nameVi: 'Kỷ niệm chương', nameEn: 'Commemorative medal', rank: 20 };

describe('commendation stats as chart series', () => {
  it('makes one row per year, gaps filled with zeros, and one series per award type, most prestigious first', () => {
    const groups: StatsGroup[] = [
      { count: 1, key: { year: 2019, awardType: merit } },
      { count: 1, key: { year: 2019, awardType: flag } },
      { count: 4, key: { year: 2022, awardType: merit } },
      { count: 1, key: { year: 2022, awardType: flag } },
    ];
    const data = toYearAwardSeries(groups);
    expect(data.years).toEqual([2019, 2020, 2021, 2022]);
    expect(data.series.map((s) => [s.dataKey, s.nameEn, s.total])).toEqual([
      ['s0', 'Provincial Emulation Flag', 2],
      ['s1', "Provincial Chairman's Certificate of Merit", 5],
    ]);
    expect(data.rows).toEqual([
      { year: 2019, total: 2, s0: 1, s1: 1 },
      { year: 2020, total: 0, s0: 0, s1: 0 },
      { year: 2021, total: 0, s0: 0, s1: 0 },
      { year: 2022, total: 5, s0: 1, s1: 4 },
    ]);
    expect(data.total).toBe(7);
    expect(countOf(data, 2022, 's1')).toBe(4);
    expect(countOf(data, 2030, 's1')).toBe(0);
  });

  it('keeps groups without an award type as their own series and ignores groups without a year or count', () => {
    const data = toYearAwardSeries([
      { count: 3, key: { year: 2023, awardType: null } },
      { count: 2, key: { year: 2023, awardType: medal } },
      { count: 9, key: { year: null, awardType: medal } },
      { count: 0, key: { year: 2010, awardType: medal } },
    ]);
    expect(data.years).toEqual([2023]);
    expect(data.series.map((s) => [s.awardTypeId, s.nameVi, s.total])).toEqual([
      [medal.id, 'Kỷ niệm chương', 2],
      [null, 'Không rõ danh hiệu', 3],
    ]);
    expect(data.rows).toEqual([{ year: 2023, total: 5, s0: 2, s1: 3 }]);
  });

  it('orders award types of equal rank by Vietnamese name, and answers nothing for no data', () => {
    const a = { ...medal, id: 'a', nameVi: 'Giấy khen' };
    const b = { ...medal, id: 'b', nameVi: 'Đ' };
    const data = toYearAwardSeries([
      { count: 1, key: { year: 2022, awardType: a } },
      { count: 1, key: { year: 2022, awardType: b } },
    ]);
    expect(data.series.map((s) => s.nameVi)).toEqual(['Đ', 'Giấy khen']);
    expect(toYearAwardSeries([])).toEqual({ years: [], series: [], rows: [], total: 0 });
  });
});
