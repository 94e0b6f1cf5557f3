import { describe, expect, it } from 'vitest';
import { electLeader, tally } from './ballot.tally.js';

const votes = (...n: number[]) => n.map((v, i) => ({ unitId: `u${i}`, votes: v }));

describe('ballot tally (threshold and quorum)', () => {
  it('measures the threshold on the voters present or on all voters', () => {
    // 10 voters, 8 voted; a candidate with 6 agreeing votes: 75% of present, 60% of all.
    const present = tally({ thresholdPercent: 70, thresholdBase: 'PRESENT', quorumPercent: 50 }, 10, 8, votes(6, 5));
    expect(present).toEqual({
      voters: 10,
      voted: 8,
      turnoutPercent: 80,
      quorumMet: true,
      candidates: [
        { unitId: 'u0', votes: 6, percent: 75, passed: true },
        { unitId: 'u1', votes: 5, percent: 62.5, passed: false },
      ],
    });
    const all = tally({ thresholdPercent: 70, thresholdBase: 'ALL', quorumPercent: 50 }, 10, 8, votes(6, 7));
    expect(all.candidates.map((c) => [c.percent, c.passed])).toEqual([
      [60, false],
      [70, true],
    ]);
  });

  it('passes exactly at the threshold, without rounding (2 of 3 is below 66.67%, reaches 66%)', () => {
    expect(tally({ thresholdPercent: 67, thresholdBase: 'PRESENT', quorumPercent: 0 }, 3, 3, votes(2)).candidates[0]).toEqual({
      unitId: 'u0',
      votes: 2,
      percent: 66.67,
      passed: false,
    });
    expect(tally({ thresholdPercent: 66, thresholdBase: 'PRESENT', quorumPercent: 0 }, 3, 3, votes(2)).candidates[0]!.passed).toBe(true);
  });

  it('passes nobody when quorum is not met, and counts no voters as no quorum', () => {
    const low = tally({ thresholdPercent: 50, thresholdBase: 'PRESENT', quorumPercent: 50 }, 10, 4, votes(4));
    expect(low).toMatchObject({ quorumMet: false, turnoutPercent: 40, candidates: [{ votes: 4, percent: 100, passed: false }] });
    expect(tally({ thresholdPercent: 50, thresholdBase: 'ALL', quorumPercent: 0 }, 0, 0, votes(0))).toMatchObject({
      quorumMet: false,
      turnoutPercent: 0,
      candidates: [{ percent: 0, passed: false }],
    });
    expect(tally({ thresholdPercent: 50, thresholdBase: 'ALL', quorumPercent: 50 }, 10, 5, votes(5)).quorumMet).toBe(true);
  });
});

describe('electing the leading unit', () => {
  const rules = { thresholdPercent: 50, thresholdBase: 'PRESENT' as const, quorumPercent: 50 };
  it('elects the passing candidate with the most votes', () => {
    expect(electLeader(tally(rules, 10, 10, votes(6, 8, 1)))).toEqual({ unitId: 'u1', votes: 8, percent: 80 });
  });
  it('elects no one on a tie at the top, even when both pass', () => {
    expect(electLeader(tally(rules, 10, 10, votes(6, 6, 1)))).toEqual({ unitId: null, why: 'TIE', tied: ['u0', 'u1'] });
  });
  it('elects no one when no candidate passes (or quorum fails)', () => {
    expect(electLeader(tally(rules, 10, 10, votes(4, 3)))).toMatchObject({ unitId: null, why: 'NONE_PASSED' });
    expect(electLeader(tally(rules, 10, 2, votes(2, 0)))).toMatchObject({ unitId: null, why: 'NONE_PASSED' });
  });
});
