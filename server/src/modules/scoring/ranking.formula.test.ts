import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../core/actor.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { buildUnit } from '../../test-support/builders.js';
import { addMember } from '../bloc/bloc.builders.js';
import type { CovenantCriterion } from '../covenant/entities.js';
import { buildBloc, buildCovenant, buildCriterion } from '../covenant/covenant.builders.js';
import type { Unit } from '../unit/entities.js';
import { RankingService } from './ranking.service.js';
import { buildAssessment, buildTarget } from './scoring.builders.js';

/** The NSC formulas (WORKFLOW.md §1) against worked examples, computed by the database. */
let app: TestApp;
let ranking: RankingService;
beforeAll(async () => {
  app = await createTestApp();
  ranking = new RankingService(app.db);
});
afterAll(() => app.close());

async function covenantWith(unitCount: number) {
  const bloc = await buildBloc(app.db);
  const units: Unit[] = [];
  for (let i = 1; i <= unitCount; i += 1) {
    const unit = await buildUnit(app.db, { name: `Đơn vị ${String(i).padStart(2, '0')}` });
    await addMember(app.db, bloc, unit, 2020);
    units.push(unit);
  }
  return { covenant: await buildCovenant(app.db, { blocId: bloc.id, year: 2024 }), units };
}

/** criterion id → unit id → self score. */
async function selfScores(covenantId: string, criterion: CovenantCriterion) {
  const result = await ranking.rankingOf(SYSTEM, covenantId);
  return new Map(result.rows.map((row) => [row.unitId, row.scores.find((s) => s.criterionId === criterion.id)!]));
}

describe('quantitative criteria (MS = 10, T = 100)', () => {
  it('scores below, at and above the target against the best over-target unit; ties at the leader all get MS', async () => {
    const { covenant, units } = await covenantWith(6);
    const criterion = await buildCriterion(app.db, covenant, { kind: 'QUANTITATIVE', maxScore: 10 });
    // A: 50 (r 0.5), 100 (r 1), 150 (r 1.5), 200 (r 2), 200.005 (r 2.00005, within 0.0001 of L), 133.33
    const actuals = [50, 100, 150, 200, 200.005, 133.33];
    for (const [i, unit] of units.entries()) {
      await buildTarget(app.db, criterion, unit.id, 100);
      await buildAssessment(app.db, criterion, unit.id, { actualValue: actuals[i]! });
    }
    const scores = await selfScores(covenant.id, criterion);
    const of = (i: number) => scores.get(units[i]!.id)!.selfScore;
    expect(of(0)).toBe(2.5); // A < T: 0.5 · 10 · 0.5
    expect(of(1)).toBe(5); // A = T: 0.5 · 10
    expect(of(2)).toBe(7.5); // 5 + 5 · 0.5 / 1.00005 = 7.49998 → 7.50
    expect(of(3)).toBe(10); // within 0.0001 of L: MS
    expect(of(4)).toBe(10); // L itself
    expect(of(5)).toBe(6.67); // 5 + 5 · 0.3333 / 1.00005 = 6.6663 → 6.67
    expect(scores.get(units[2]!.id)).toMatchObject({ target: 100, ratio: 1.5, noTargetGroup: false, leaf: true });
  });

  it('scores units without a target in their own group (A ÷ max A × MS, A = 0 → 0); they never set L', async () => {
    const { covenant, units } = await covenantWith(5);
    const criterion = await buildCriterion(app.db, covenant, { kind: 'QUANTITATIVE', maxScore: 10 });
    await buildTarget(app.db, criterion, units[0]!.id, 100);
    await buildAssessment(app.db, criterion, units[0]!.id, { actualValue: 120 }); // only over-target unit: L = 1.2 → MS
    await buildTarget(app.db, criterion, units[1]!.id, 0); // T = 0 counts as no target
    await buildAssessment(app.db, criterion, units[1]!.id, { actualValue: 30 });
    await buildAssessment(app.db, criterion, units[2]!.id, { actualValue: 60 }); // no target row: highest of its group, A = 60 ≫ 120 not compared
    await buildAssessment(app.db, criterion, units[3]!.id, { actualValue: 0 });
    await buildAssessment(app.db, criterion, units[4]!.id, { actualValue: 500, notAssigned: true });
    const scores = await selfScores(covenant.id, criterion);
    expect(units.map((u) => scores.get(u.id)!.selfScore)).toEqual([10, 5, 10, 0, null]);
    expect(scores.get(units[1]!.id)).toMatchObject({ noTargetGroup: true, target: 0, ratio: null });
    expect(scores.get(units[4]!.id)).toMatchObject({ notAssigned: true, assignedMaxScore: 0, maxScore: 10, finalScore: null });
  });
});

describe('other kinds', () => {
  it('qualitative met → MS, per occurrence capped at MS, bonus/penalty clamped to [min, MS]', async () => {
    const { covenant, units } = await covenantWith(3);
    const qualitative = await buildCriterion(app.db, covenant, { kind: 'QUALITATIVE', maxScore: 6 });
    const perOccurrence = await buildCriterion(app.db, covenant, { kind: 'PER_OCCURRENCE', maxScore: 5, pointsPerOccurrence: 2 });
    const bonus = await buildCriterion(app.db, covenant, { kind: 'BONUS_PENALTY', maxScore: 4, pointsPerOccurrence: 1, penaltyPoints: 2, minScore: -3 });
    const [a, b, c] = units.map((u) => u.id) as [string, string, string];
    await buildAssessment(app.db, qualitative, a, { met: true });
    await buildAssessment(app.db, qualitative, b, { met: false });
    await buildAssessment(app.db, perOccurrence, a, { occurrences: 2 });
    await buildAssessment(app.db, perOccurrence, b, { occurrences: 4 });
    await buildAssessment(app.db, bonus, a, { bonusCount: 6 });
    await buildAssessment(app.db, bonus, b, { bonusCount: 1, penaltyCount: 3 });
    await buildAssessment(app.db, bonus, c, { bonusCount: 3, penaltyCount: 1 });
    const score = async (criterion: CovenantCriterion) => {
      const map = await selfScores(covenant.id, criterion);
      return [a, b, c].map((id) => map.get(id)!.selfScore);
    };
    expect(await score(qualitative)).toEqual([6, 0, 0]); // c: not scored yet → 0
    expect(await score(perOccurrence)).toEqual([4, 5, 0]); // 2 × 2; 4 × 2 = 8 capped at 5
    expect(await score(bonus)).toEqual([4, -3, 1]); // 6 capped at 4; 1 − 6 = −5 clamped at −3; 3 − 2
  });

  it('sums children into parents and leaves not-assigned criteria out of the total and the assigned maximum', async () => {
    const { covenant, units } = await covenantWith(1);
    const unit = units[0]!;
    const parent = await buildCriterion(app.db, covenant, { title: 'Nhiệm vụ chung', maxScore: 100 });
    const met = await buildCriterion(app.db, covenant, { parentId: parent.id, kind: 'QUALITATIVE', maxScore: 20 });
    const skipped = await buildCriterion(app.db, covenant, { parentId: parent.id, kind: 'QUALITATIVE', maxScore: 30 });
    const other = await buildCriterion(app.db, covenant, { kind: 'QUALITATIVE', maxScore: 50 });
    await buildAssessment(app.db, met, unit.id, { met: true });
    await buildAssessment(app.db, skipped, unit.id, { met: true, notAssigned: true });
    await buildAssessment(app.db, other, unit.id, { met: false });
    const [row] = (await ranking.rankingOf(SYSTEM, covenant.id)).rows;
    expect(row).toMatchObject({ totalScore: 20, selfTotal: 20, assignedMaxScore: 70, reviewTotal: null });
    expect(row!.ratio).toBeCloseTo(20 / 70, 10);
    expect(row!.scores.map((s) => [s.criterionId, s.leaf, s.selfScore, s.maxScore, s.assignedMaxScore])).toEqual([
      [parent.id, false, 20, 50, 20],
      [met.id, true, 20, 20, 20],
      [skipped.id, true, null, 30, 0],
      [other.id, true, 0, 50, 50],
    ]);
  });
});
