import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { addMember, setLeader } from '../bloc/bloc.builders.js';
import { buildBloc, buildCovenant, buildCriterion } from '../covenant/covenant.builders.js';
import type { Unit } from '../unit/entities.js';
import { buildAssessment, buildScoringSettings, buildTarget, buildViolation } from './scoring.builders.js';

/** Ranking through GraphQL: ties, groups, exclusions with their explanations, final stage, statement counts. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const RANKING = `query($id: ID!) { covenant(id: $id) { ranking {
  finalStage leaderNotTwiceInARow
  rows { unit { name } group rank tied totalScore reviewTotal assignedMaxScore ratio canLead isLeader exclusions { code message }
    scores { criterion { title } leaf selfScore reviewScore finalScore reviewed assessment { actualValue met selfScoredBy version } targetRecord { target version } } }
} } }`;

async function bloc(names: string[]) {
  const b = await buildBloc(app.db);
  const units: Unit[] = [];
  for (const name of names) {
    const unit = await buildUnit(app.db, { name });
    await addMember(app.db, b, unit, 2020);
    units.push(unit);
  }
  return { bloc: b, covenant: await buildCovenant(app.db, { blocId: b.id, year: 2024 }), units };
}

type Row = {
  unit: { name: string };
  rank: number;
  tied: boolean;
  isLeader: boolean;
  canLead: boolean;
  group: string;
  exclusions: { code: string; message: string }[];
  totalScore: number;
};
const rowsOf = async (covenantId: string) => ok(await app.gql(RANKING, { id: covenantId })).covenant.ranking.rows as Row[];

describe('covenant ranking', () => {
  it('ranks by total ÷ assigned maximum with ties as ties (1, 1, 3) and tied leaders', async () => {
    const { covenant, units } = await bloc(['Đơn vị An', 'Đơn vị Bình', 'Đơn vị Cường', 'Đơn vị Dũng']);
    const quality = await buildCriterion(app.db, covenant, { title: 'Chấp hành chủ trương', kind: 'QUALITATIVE', maxScore: 10 });
    const extra = await buildCriterion(app.db, covenant, { title: 'Nhiệm vụ đột xuất', kind: 'QUALITATIVE', maxScore: 10 });
    const [an, binh, cuong, dung] = units as [Unit, Unit, Unit, Unit];
    for (const u of [an, binh, cuong]) await buildAssessment(app.db, quality, u.id, { met: true });
    await buildAssessment(app.db, extra, an.id, { met: true });
    await buildAssessment(app.db, extra, binh.id, { met: true });
    // Dũng has "extra" not assigned: 10 of 10 assigned = 100 %, tied with An and Bình (20 of 20).
    await buildAssessment(app.db, quality, dung.id, { met: true });
    await buildAssessment(app.db, extra, dung.id, { notAssigned: true });
    const rows = await rowsOf(gid(covenant));
    expect(rows.map((r) => [r.unit.name, r.rank, r.tied, r.isLeader, r.totalScore])).toEqual([
      ['Đơn vị An', 1, true, true, 20],
      ['Đơn vị Bình', 1, true, true, 20],
      ['Đơn vị Dũng', 1, true, true, 10],
      ['Đơn vị Cường', 4, false, false, 10],
    ]);
  });

  it('keeps excluded units in the ranking but not as leaders, each exclusion explained in Vietnamese', async () => {
    const { bloc: b, covenant, units } = await bloc(['Hội A', 'Hội B', 'Hội C', 'Hội D']);
    await buildScoringSettings(app.db, covenant.id, { leaderNotTwiceInARow: true });
    const output = await buildCriterion(app.db, covenant, { title: 'Doanh thu', kind: 'QUANTITATIVE', maxScore: 10 });
    const [a, bb, c, d] = units as [Unit, Unit, Unit, Unit];
    for (const [unit, actual] of [
      [a, 200],
      [bb, 180],
      [c, 150],
    ] as const) {
      await buildTarget(app.db, output, unit.id, 100);
      await buildAssessment(app.db, output, unit.id, { actualValue: actual });
    }
    await buildAssessment(app.db, output, d.id, { actualValue: 999 }); // no target at all: its own group
    await buildViolation(app.db, covenant.id, a.id, 'Để xảy ra sai phạm tài chính');
    await buildViolation(app.db, covenant.id, c.id, 'Nộp báo cáo chậm', false); // not serious: no exclusion
    await setLeader(app.db, b, 2023, bb);
    const rows = await rowsOf(gid(covenant));
    expect(rows.map((r) => [r.unit.name, r.group, r.rank, r.canLead, r.isLeader, r.exclusions.map((e) => e.code)])).toEqual([
      ['Hội A', 'TARGETED', 1, false, false, ['SERIOUS_VIOLATION']],
      ['Hội B', 'TARGETED', 2, false, false, ['LED_LAST_YEAR']],
      ['Hội C', 'TARGETED', 3, true, true, []],
      ['Hội D', 'NO_TARGET', 1, false, false, ['NO_TARGETS']],
    ]);
    expect(rows[0]!.exclusions[0]!.message).toBe('Có vi phạm nghiêm trọng: Để xảy ra sai phạm tài chính — không được xét dẫn đầu.');
    expect(rows[1]!.exclusions[0]!.message).toBe('Đã dẫn đầu khối năm 2023; giao ước không cho dẫn đầu hai năm liên tiếp.');
    expect(rows[3]!.exclusions[0]!.message).toContain('xếp hạng riêng');
    expect(rows[3]!.totalScore).toBe(10);
  });

  it('lets the previous leader lead again when the covenant allows it', async () => {
    const { bloc: b, covenant, units } = await bloc(['Hợp tác xã Một', 'Hợp tác xã Hai']);
    const q = await buildCriterion(app.db, covenant, { kind: 'QUALITATIVE', maxScore: 5 });
    await buildAssessment(app.db, q, units[0]!.id, { met: true });
    await setLeader(app.db, b, 2023, units[0]!);
    const rows = await rowsOf(gid(covenant));
    expect(rows[0]).toMatchObject({ unit: { name: 'Hợp tác xã Một' }, isLeader: true, exclusions: [] });
  });

  it('takes the review score as final, or the highest of self and review, as the covenant says', async () => {
    const { covenant, units } = await bloc(['Đơn vị X']);
    const q = await buildCriterion(app.db, covenant, { title: 'Định tính', kind: 'QUALITATIVE', maxScore: 10 });
    const p = await buildCriterion(app.db, covenant, { title: 'Theo lần', kind: 'PER_OCCURRENCE', maxScore: 10, pointsPerOccurrence: 1 });
    await buildAssessment(app.db, q, units[0]!.id, { met: true, reviewScore: 7, selfScoredBy: 'Cán bộ X' });
    await buildAssessment(app.db, p, units[0]!.id, { occurrences: 3, reviewScore: 5 });
    const review = (await rowsOf(gid(covenant)))[0] as Row & {
      reviewTotal: number;
      scores: { finalScore: number; reviewed: boolean; assessment: { selfScoredBy: string | null } }[];
    };
    expect([review.totalScore, review.reviewTotal, review.scores.map((s) => s.finalScore)]).toEqual([12, 12, [7, 5]]);
    expect(review.scores[0]).toMatchObject({ reviewed: true, assessment: { selfScoredBy: 'Cán bộ X' } });
    await buildScoringSettings(app.db, covenant.id, { finalStage: 'HIGHEST' });
    const highest = (await rowsOf(gid(covenant)))[0] as Row & { scores: { finalScore: number }[] };
    expect([highest.totalScore, highest.scores.map((s) => s.finalScore)]).toEqual([15, [10, 5]]);
  });

  it('costs the same number of SQL statements for 3 units × 2 criteria as for 30 units × 8', async () => {
    const measure = async (count: number, extraCriteria: number) => {
      const { covenant, units } = await bloc(Array.from({ length: count }, (_, i) => `Đơn vị đo ${count}-${i}`));
      const parent = await buildCriterion(app.db, covenant, { title: 'Nhóm' });
      const quantity = await buildCriterion(app.db, covenant, { parentId: parent.id, kind: 'QUANTITATIVE', maxScore: 10 });
      const quality = await buildCriterion(app.db, covenant, { parentId: parent.id, kind: 'QUALITATIVE', maxScore: 10 });
      for (const [i, unit] of units.entries()) {
        await buildTarget(app.db, quantity, unit.id, 100);
        await buildAssessment(app.db, quantity, unit.id, { actualValue: 80 + i });
        await buildAssessment(app.db, quality, unit.id, { met: i % 2 === 0 });
      }
      for (let k = 0; k < extraCriteria; k += 1) {
        const extra = await buildCriterion(app.db, covenant, { kind: 'PER_OCCURRENCE', maxScore: 5, pointsPerOccurrence: 1 });
        for (const unit of units.slice(0, 5)) await buildAssessment(app.db, extra, unit.id, { occurrences: k });
      }
      const response = await app.gql(RANKING, { id: gid(covenant) });
      expect(ok(response).covenant.ranking.rows).toHaveLength(count);
      return response.extensions?.sqlStatements as number;
    };
    const small = await measure(3, 0);
    expect(small).toBeGreaterThan(0);
    expect(await measure(30, 6)).toBe(small);
  });

  it('ranks several covenants in one statement, each with its own members and scores', async () => {
    const measure = async (years: number[]) => {
      const b = await buildBloc(app.db);
      const unit = await buildUnit(app.db, { name: 'Đơn vị nhiều năm' });
      await addMember(app.db, b, unit, 2020);
      const covenants = [];
      for (const year of years) {
        const covenant = await buildCovenant(app.db, { blocId: b.id, year });
        const q = await buildCriterion(app.db, covenant, { kind: 'PER_OCCURRENCE', maxScore: 100, pointsPerOccurrence: 1 });
        await buildAssessment(app.db, q, unit.id, { occurrences: year - 2000 });
        covenants.push(covenant);
      }
      const response = await app.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Covenant { year ranking { rows { totalScore unit { name } } } } } }`, {
        ids: covenants.map(gid),
      });
      const totals = ok(response).nodes.map((c: { year: number; ranking: { rows: { totalScore: number }[] } }) => [
        c.year,
        c.ranking.rows.map((r) => r.totalScore),
      ]);
      expect(totals).toEqual(years.map((year) => [year, [year - 2000]]));
      return response.extensions?.sqlStatements as number;
    };
    expect(await measure([2021, 2022, 2023, 2024, 2025])).toBe(await measure([2021, 2022]));
  });
});
