import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { fingerprint } from '../../test-support/authorization.js';
import { addMember } from '../bloc/bloc.builders.js';
import { buildBloc, buildCovenant, buildCriterion } from '../covenant/covenant.builders.js';
import { CovenantSheet } from './covenant-sheet.entity.js';
import { setSheetStatus } from './scoring.builders.js';

/** Per-unit assessment sheets through the API on a real PostgreSQL: stages, locks, reviewers, the covenant's guards. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const SELF = `mutation($input: EnterSelfAssessmentInput!) { enterSelfAssessment(input: $input) { assessment { id version met evidence } userErrors { field code message } conflict { fields { field } } } }`;
const REVIEW = `mutation($input: EnterReviewScoreInput!) { enterReviewScore(input: $input) { assessment { reviewScore } userErrors { field code message } } }`;
const MOVE = `mutation($input: TransitionCovenantSheetInput!) { transitionCovenantSheet(input: $input) {
  sheet { status version submittedBy submittedAt reviewedBy finalizedBy finalizedAt } userErrors { field code message } } }`;
const ASSIGN = `mutation($input: AssignCovenantSheetReviewerInput!) { assignCovenantSheetReviewer(input: $input) {
  sheet { version reviewerUnit { name } } userErrors { field code } conflict { fields { field } } } }`;
const COVENANT = `mutation($input: TransitionCovenantInput!) { transitionCovenant(input: $input) { covenant { status } userErrors { field code message } } }`;
const SHEETS = `query($id: ID!) { covenant(id: $id) { sheets { id version status overdue unit { name } reviewerUnit { name } allowedTransitions { name allowed } } } }`;

/** A bloc of three members in 2024 and its covenant, walked by the API from IN_PROGRESS into self-assessment (which opens the sheets). */
async function arrange() {
  const bloc = await buildBloc(app.db);
  const units = [
    await buildUnit(app.db, { name: 'A Hội Nông dân' }),
    await buildUnit(app.db, { name: 'B Hội Phụ nữ' }),
    await buildUnit(app.db, { name: 'C Đoàn Thanh niên' }),
  ];
  for (const unit of units) await addMember(app.db, bloc, unit, 2020);
  const covenant = await buildCovenant(app.db, { blocId: bloc.id, year: 2024, status: 'IN_PROGRESS' });
  const a = await buildCriterion(app.db, covenant, { kind: 'QUALITATIVE', maxScore: 5 });
  const b = await buildCriterion(app.db, covenant, { kind: 'QUALITATIVE', maxScore: 5 });
  const blocOfficer = await app.loginAs('BLOC_OFFICER', { blocId: bloc.id });
  expect(ok(await blocOfficer.gql(COVENANT, { input: { id: gid(covenant), to: 'SELF_ASSESSMENT' } })).transitionCovenant.userErrors).toEqual([]);
  const officers = await Promise.all(units.map(async (unit) => (await app.loginAs('UNIT_OFFICER', { unitId: unit.id })).gql));
  const sheets = async () => ok(await app.gql(SHEETS, { id: gid(covenant) })).covenant.sheets;
  const self = (gql: Gql, unit: number, criterion: typeof a, input: Record<string, unknown> = { met: true }) =>
    gql(SELF, { input: { criterionId: gid(criterion), unitId: gid(units[unit]!), ...input } });
  const review = (gql: Gql, unit: number, criterion: typeof a, reviewScore = 4) =>
    gql(REVIEW, { input: { criterionId: gid(criterion), unitId: gid(units[unit]!), reviewScore } });
  const move = async (gql: Gql, unit: number, to: string, reason?: string) =>
    ok(await gql(MOVE, { input: { id: (await sheets())[unit].id, to, reason } })).transitionCovenantSheet;
  return { bloc, covenant, units, a, b, blocOfficer: blocOfficer.gql, officers, sheets, self, review, move };
}

const codes = (errors: { code: string }[]) => errors.map((e) => e.code);

describe('covenant sheets', () => {
  it('open for every member when the covenant enters self-assessment, and lock on submit', async () => {
    const { a, b, officers, sheets, self, move } = await arrange();
    expect((await sheets()).map((s: { unit: { name: string }; status: string }) => [s.unit.name, s.status])).toEqual([
      ['A Hội Nông dân', 'DRAFT'],
      ['B Hội Phụ nữ', 'DRAFT'],
      ['C Đoàn Thanh niên', 'DRAFT'],
    ]);
    ok(await self(officers[0]!, 0, a));
    expect(await move(officers[0]!, 0, 'SUBMITTED')).toMatchObject({
      sheet: null,
      userErrors: [{ field: ['to'], code: 'SELF_SCORES_MISSING', message: 'Còn 1 tiêu chí chưa tự chấm.' }],
    });
    ok(await self(officers[0]!, 0, b, { notAssigned: true }));
    const submitted = await move(officers[0]!, 0, 'SUBMITTED');
    expect(submitted.userErrors).toEqual([]);
    expect(submitted.sheet).toMatchObject({ status: 'SUBMITTED', submittedBy: expect.stringContaining('(') });
    expect(submitted.sheet.submittedAt).toBeTruthy();

    const before = await fingerprint(app.db);
    const locked = ok(await self(officers[0]!, 0, a, { met: false })).enterSelfAssessment;
    expect(locked.userErrors).toEqual([expect.objectContaining({ field: ['unitId'], code: 'SHEET_LOCKED' })]);
    expect(locked.userErrors[0].message).toMatch(/đã nộp/);
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('returns with a reason (blank refused) to the unit, in the sheet’s history, and unlocks its self-scores', async () => {
    const { a, b, blocOfficer, officers, sheets, self, move } = await arrange();
    ok(await self(officers[1]!, 1, a));
    ok(await self(officers[1]!, 1, b));
    await move(officers[1]!, 1, 'SUBMITTED');
    expect((await officers[1]!(MOVE, { input: { id: (await sheets())[1].id, to: 'DRAFT', reason: 'Tự rút' } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(codes((await move(blocOfficer, 1, 'DRAFT', '   ')).userErrors)).toEqual(['REQUIRED']);
    const returned = await move(blocOfficer, 1, 'DRAFT', 'Thiếu minh chứng tiêu chí 2');
    expect(returned.sheet).toMatchObject({ status: 'DRAFT', submittedBy: null });
    const history = ok(
      await app.gql(`query($id: ID!) { node(id: $id) { ... on CovenantSheet { history(first: 1) { nodes { reason changes { field before after } } } } } }`, {
        id: (await sheets())[1].id,
      }),
    ).node.history.nodes[0];
    expect(history.reason).toBe('Thiếu minh chứng tiêu chí 2');
    expect(history.changes).toEqual(expect.arrayContaining([{ field: 'status', before: 'SUBMITTED', after: 'DRAFT' }]));
    expect(ok(await self(officers[1]!, 1, a, { met: false })).enterSelfAssessment.userErrors).toEqual([]);
  });

  it('lets the assigned cross-reviewer review (another member may not), guards complete review, and finalizes', async () => {
    const { a, b, units, blocOfficer, officers, sheets, self, review, move } = await arrange();
    const outsider = await buildUnit(app.db);
    for (const criterion of [a, b]) ok(await self(officers[0]!, 0, criterion));
    await move(officers[0]!, 0, 'SUBMITTED');
    const sheet = (await sheets())[0];
    const assign = async (gql: Gql, reviewerUnitId: string | null, expectedVersion?: number) =>
      ok(await gql(ASSIGN, { input: { id: sheet.id, reviewerUnitId, expectedVersion } })).assignCovenantSheetReviewer;
    expect((await officers[1]!(ASSIGN, { input: { id: sheet.id, reviewerUnitId: gid(units[1]!) } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(codes((await assign(blocOfficer, gid(units[0]!))).userErrors)).toEqual(['REVIEWER_IS_SELF']);
    expect(codes((await assign(blocOfficer, gid(outsider))).userErrors)).toEqual(['NOT_A_MEMBER']);
    const assigned = await assign(blocOfficer, gid(units[1]!), sheet.version);
    expect(assigned).toMatchObject({ sheet: { reviewerUnit: { name: 'B Hội Phụ nữ' } }, userErrors: [] });
    // Someone else assigned another reviewer meanwhile: a conflict on the same field.
    expect((await assign(app.gql, gid(units[2]!), sheet.version)).conflict.fields).toEqual([{ field: 'reviewerUnitId' }]);

    expect((await review(officers[2]!, 0, a)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ok(await review(officers[1]!, 0, a)).enterReviewScore).toEqual({ assessment: { reviewScore: 4 }, userErrors: [] });
    expect(await move(officers[1]!, 0, 'REVIEWED')).toMatchObject({
      userErrors: [{ code: 'REVIEW_SCORES_MISSING', message: 'Còn 1 tiêu chí chưa có điểm thẩm định.' }],
    });
    ok(await review(officers[1]!, 0, b, 5));
    expect((await move(officers[1]!, 0, 'REVIEWED')).sheet).toMatchObject({ status: 'REVIEWED', reviewedBy: expect.any(String) });
    expect(codes(ok(await review(officers[1]!, 0, b, 3)).enterReviewScore.userErrors)).toEqual(['SHEET_NOT_IN_REVIEW']);
    expect((await officers[1]!(MOVE, { input: { id: sheet.id, to: 'FINAL' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const final = await move(blocOfficer, 0, 'FINAL');
    expect(final.sheet).toMatchObject({ status: 'FINAL', finalizedBy: expect.any(String) });
    expect((await blocOfficer(MOVE, { input: { id: sheet.id, to: 'REVIEWED', reason: 'Sai điểm' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await move(app.gql, 0, 'REVIEWED', 'Sai điểm tiêu chí 1')).toMatchObject({ sheet: { status: 'REVIEWED', finalizedBy: null }, userErrors: [] });
  });

  it('keeps the covenant from cross-review until every sheet is submitted, and from voting until every sheet is final', async () => {
    const { covenant, units, blocOfficer } = await arrange();
    const to = async (status: string) => ok(await blocOfficer(COVENANT, { input: { id: gid(covenant), to: status } })).transitionCovenant;
    expect((await to('REVIEW')).userErrors).toEqual([
      { field: ['to'], code: 'SHEETS_NOT_SUBMITTED', message: 'Mới 0/3 đơn vị nộp bảng tự chấm; còn 3 đơn vị chưa nộp.' },
    ]);
    await setSheetStatus(app.db, covenant.id, 'SUBMITTED');
    expect((await to('REVIEW')).covenant).toEqual({ status: 'REVIEW' });
    await setSheetStatus(app.db, covenant.id, 'FINAL');
    await setSheetStatus(app.db, covenant.id, 'REVIEWED', units[0]!.id);
    expect((await to('VOTING')).userErrors).toEqual([
      { field: ['to'], code: 'SHEETS_NOT_FINAL', message: 'Mới 2/3 đơn vị được chốt điểm; còn 1 đơn vị chưa chốt.' },
    ]);
    await setSheetStatus(app.db, covenant.id, 'FINAL', units[0]!.id);
    expect((await to('VOTING')).covenant).toEqual({ status: 'VOTING' });
  });

  it('keeps versions when two officers enter on the same sheet at once: other criteria merge, the same field conflicts', async () => {
    const { a, b, units, officers, self } = await arrange();
    const both = await Promise.all([self(officers[0]!, 0, a), self(app.gql, 0, b, { met: false })]);
    expect(both.map((r) => ok(r).enterSelfAssessment.userErrors)).toEqual([[], []]);
    const first = ok(both[0]!).enterSelfAssessment.assessment;
    const [mine, theirs] = await Promise.all([
      self(officers[0]!, 0, a, { evidence: 'Công văn 1', expectedVersion: first.version }),
      self(app.gql, 0, a, { evidence: 'Công văn 2', expectedVersion: first.version }),
    ]);
    const outcomes = [mine, theirs].map((r) => codes(ok(r).enterSelfAssessment.userErrors)).sort();
    expect(outcomes).toEqual([[], ['CONFLICT']]);
    expect(await app.db.manager.countBy(CovenantSheet, { unitId: units[0]!.id })).toBe(1);
  });

  it('opens a sheet on the first self-score of a unit without one, and tells which are overdue', async () => {
    const { covenant, a, officers, sheets, self, blocOfficer } = await arrange();
    const late = await buildUnit(app.db, { name: 'D Hội Cựu chiến binh' });
    await addMember(app.db, { id: covenant.blocId } as never, late, 2024);
    const lateOfficer = (await app.loginAs('UNIT_OFFICER', { unitId: late.id })).gql;
    expect(ok(await lateOfficer(SELF, { input: { criterionId: gid(a), unitId: gid(late), met: true } })).enterSelfAssessment.userErrors).toEqual([]);
    expect((await sheets()).map((s: { unit: { name: string } }) => s.unit.name)).toContain('D Hội Cựu chiến binh');
    const SETTINGS = `mutation($input: SetCovenantScoringSettingsInput!) { setCovenantScoringSettings(input: $input) { settings { selfAssessmentDueOn reviewDueOn } userErrors { field code } } }`;
    const set = (input: Record<string, unknown>) => blocOfficer(SETTINGS, { input: { covenantId: gid(covenant), ...input } });
    expect(ok(await set({ selfAssessmentDueOn: '2025-01-20', reviewDueOn: '2025-01-10' })).setCovenantScoringSettings.userErrors).toEqual([
      { field: ['reviewDueOn'], code: 'OUT_OF_RANGE' },
    ]);
    ok(await set({ selfAssessmentDueOn: '2025-01-10', reviewDueOn: '2099-01-31' }));
    ok(await self(officers[0]!, 0, a));
    expect((await sheets()).every((s: { overdue: boolean; status: string }) => s.overdue === (s.status === 'DRAFT'))).toBe(true);
  });

  it('refuses self-scores outside self-assessment and cross-review, and targets once the covenant has left self-assessment', async () => {
    const { covenant, a, officers, self, blocOfficer, units } = await arrange();
    await app.db.query(`UPDATE covenant SET status = 'VOTING' WHERE id = $1`, [covenant.id]);
    expect(codes(ok(await self(officers[0]!, 0, a)).enterSelfAssessment.userErrors)).toEqual(['COVENANT_NOT_SCORING']);
    const quantity = await buildCriterion(app.db, covenant, { kind: 'QUANTITATIVE', maxScore: 10 });
    const TARGET = `mutation($input: SetCovenantTargetInput!) { setCovenantTarget(input: $input) { userErrors { code } } }`;
    const target = ok(await blocOfficer(TARGET, { input: { criterionId: gid(quantity), unitId: gid(units[0]!), target: 5 } })).setCovenantTarget;
    expect(codes(target.userErrors)).toEqual(['INVALID_STATE']);
  });
});
