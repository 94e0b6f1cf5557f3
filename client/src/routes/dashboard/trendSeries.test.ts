import { describe, expect, it } from 'vitest';
import { directWorkerShare, pivotByYear } from './trendSeries';

describe('dashboard trend series', () => {
  it('pivots groups into one row per year with every series, missing ones as 0', () => {
    const groups = [
      { count: 2, key: { year: 2022, level: 'PROVINCE' } },
      { count: 1, key: { year: 2019, level: 'PROVINCE' } },
      { count: 3, key: { year: 2022, level: 'STATE' } },
    ];
    expect(pivotByYear(groups, (k) => k.level)).toEqual({
      keys: ['PROVINCE', 'STATE'],
      rows: [
        { year: 2019, PROVINCE: 1, STATE: 0 },
        { year: 2022, PROVINCE: 2, STATE: 3 },
      ],
    });
  });

  it('counts the share of direct workers among all individuals, the unclassified included', () => {
    const groups = [
      { count: 1, key: { year: 2024, recipientCategory: 'DIRECT_WORKER' } },
      { count: 2, key: { year: 2024, recipientCategory: null } },
      { count: 1, key: { year: 2025, recipientCategory: 'OTHER_LEADER' } },
    ];
    expect(directWorkerShare(groups)).toEqual([
      { year: 2024, individuals: 3, share: 33.3 },
      { year: 2025, individuals: 1, share: 0 },
    ]);
  });
});
