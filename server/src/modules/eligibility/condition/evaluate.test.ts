import { describe, expect, it } from 'vitest';
import type { FactData } from './condition.types.js';
import { evaluateCondition, factsOf, validateCondition } from './evaluate.js';

/** The interpreter alone, on hand-made facts (no database). */
const data = (over: Partial<FactData> = {}): FactData => ({
  year: 2023,
  awardTypeCode: 'CHIEN_SI_THI_DUA_CAP_TINH',
  subjectKind: 'INDIVIDUAL',
  awardNames: new Map([['CHIEN_SI_THI_DUA_CO_SO', 'Chiến sĩ thi đua cơ sở']]),
  titles: new Map([['CHIEN_SI_THI_DUA_CO_SO', new Set([2020, 2021, 2022, 2023])]]),
  ratings: new Map([[2023, 'EXCELLENT']]),
  initiatives: [],
  discipline: [],
  members: null,
  unit: null,
  blocs: [],
  unitId: null,
  leaders: { count: 0, proposed: null },
  ...over,
});
const streak = (atLeast: number) => ({ fact: 'consecutiveYears', title: 'CHIEN_SI_THI_DUA_CO_SO', atLeast });
const missing = { fact: 'ratingStreak', rating: 'GOOD' as const, atLeast: 2 };

describe('condition interpreter', () => {
  it('says which years make a streak, in Vietnamese', () => {
    const verdict = evaluateCondition(streak(3), data({ titles: new Map([['CHIEN_SI_THI_DUA_CO_SO', new Set([2019, 2021, 2022, 2023])]]) }));
    expect(verdict).toEqual({
      outcome: 'PASS',
      reasons: [],
      facts: [{ fact: 'consecutiveYears', value: 3, text: 'Chiến sĩ thi đua cơ sở 2021, 2022, 2023: 3 năm liên tục' }],
    });
    expect(evaluateCondition(streak(5), data()).outcome).toBe('FAIL');
  });

  it('combines in three values: a missing fact is NEEDS_REVIEW, never a silent PASS', () => {
    expect(evaluateCondition(missing, data()).outcome).toBe('NEEDS_REVIEW');
    expect(evaluateCondition(missing, data()).reasons[0]).toContain('Chưa có xếp loại năm 2022');
    expect(evaluateCondition({ all: [streak(3), missing] }, data()).outcome).toBe('NEEDS_REVIEW');
    expect(evaluateCondition({ all: [streak(9), missing] }, data()).outcome).toBe('FAIL');
    expect(evaluateCondition({ any: [streak(3), missing] }, data()).outcome).toBe('PASS');
    expect(evaluateCondition({ any: [streak(9), missing] }, data()).outcome).toBe('NEEDS_REVIEW');
    expect(evaluateCondition({ not: streak(9) }, data()).outcome).toBe('PASS');
    expect(evaluateCondition({ fact: 'memberShareWithTitle', title: 'X', atLeast: 0.5 }, data()).outcome).toBe('NEEDS_REVIEW');
  });

  it('lists the facts a condition needs and refuses malformed conditions', () => {
    expect(factsOf({ all: [streak(3), { any: [missing, streak(1)] }] })).toEqual(['consecutiveYears', 'ratingStreak']);
    expect(validateCondition({ all: [streak(3)] })).toEqual([]);
    expect(validateCondition({ fact: 'khongCo' })[0]).toContain('dữ kiện "khongCo" không có');
    expect(validateCondition({ all: [] })).toHaveLength(1);
    expect(validateCondition({ fact: 'consecutiveYears', atLeast: '3' })).toHaveLength(1);
    expect(validateCondition({ fact: 'consecutiveYears', drop: 'table' })).toHaveLength(1);
    let deep: object = streak(1);
    for (let i = 0; i < 10; i += 1) deep = { not: deep };
    expect(validateCondition(deep).length).toBeGreaterThan(0);
  });
});
