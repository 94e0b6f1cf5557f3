import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { addMember } from '../bloc/bloc.builders.js';
import { buildBloc, buildCovenant, buildCriterion } from '../covenant/covenant.builders.js';
import { CovenantAssessment } from './covenant-assessment.entity.js';
import { CovenantTarget } from './covenant-target.entity.js';
import { buildSheet } from './scoring.builders.js';

/** Entering targets, self-scores and review scores: who may, what fits each kind, versions and history. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const SELF = `mutation($input: EnterSelfAssessmentInput!) { enterSelfAssessment(input: $input) {
  assessment { id version actualValue met evidence selfScoredBy selfScoredAt unit { name } } userErrors { field code message } conflict { fields { field theirs yours } } } }`;
const REVIEW = `mutation($input: EnterReviewScoreInput!) { enterReviewScore(input: $input) { assessment { reviewScore reviewComment reviewedBy } userErrors { field code } } }`;
const TARGET = `mutation($input: SetCovenantTargetInput!) { setCovenantTarget(input: $input) { target { target version } userErrors { field code } } }`;

async function arrange() {
  const bloc = await buildBloc(app.db);
  const [own, other, outsider] = [await buildUnit(app.db, { name: 'Hội Doanh nhân trẻ' }), await buildUnit(app.db), await buildUnit(app.db)];
  await addMember(app.db, bloc, own, 2020);
  await addMember(app.db, bloc, other, 2020);
  // Units score while the covenant is in self-assessment (covenant-sheet.test.ts covers the other stages).
  const covenant = await buildCovenant(app.db, { blocId: bloc.id, year: 2024, status: 'SELF_ASSESSMENT' });
  const quantity = await buildCriterion(app.db, covenant, { title: 'Phát triển hội viên', kind: 'QUANTITATIVE', maxScore: 10 });
  const quality = await buildCriterion(app.db, covenant, { title: 'Chấp hành chế độ báo cáo', kind: 'QUALITATIVE', maxScore: 5 });
  const officer = await app.loginAs('UNIT_OFFICER', { unitId: own.id });
  return { bloc, covenant, own, other, outsider, quantity, quality, officer };
}

const changeCount = async () => Number((await app.db.query(`SELECT count(*) AS n FROM change_event`))[0].n);

describe('self-assessment', () => {
  it('lets a unit officer score their own unit, records who and when, and logs it', async () => {
    const { own, quantity, officer } = await arrange();
    const result = ok(
      await officer.gql(SELF, { input: { criterionId: gid(quantity), unitId: gid(own), actualValue: 120, evidence: 'Báo cáo số 12/BC' } }),
    ).enterSelfAssessment;
    expect(result.userErrors).toEqual([]);
    expect(result.assessment).toMatchObject({ version: 1, actualValue: 120, evidence: 'Báo cáo số 12/BC', unit: { name: 'Hội Doanh nhân trẻ' } });
    expect(result.assessment.selfScoredBy).toContain(officer.user.username);
    expect(result.assessment.selfScoredAt).toBeTruthy();
    const history = ok(
      await app.gql(`query($id: ID!) { node(id: $id) { ... on CovenantAssessment { history(first: 5) { nodes { action changes { field after } } } } } }`, {
        id: result.assessment.id,
      }),
    );
    expect(history.node.history.nodes[0].changes).toEqual(expect.arrayContaining([{ field: 'actualValue', after: 120 }]));
  });

  it('answers FORBIDDEN and writes nothing when a unit officer scores another unit, or a bloc officer self-scores', async () => {
    const { bloc, other, quantity, officer } = await arrange();
    const blocOfficer = await app.loginAs('BLOC_OFFICER', { blocId: bloc.id });
    const before = await changeCount();
    for (const gql of [officer.gql, blocOfficer.gql]) {
      const response = await gql(SELF, { input: { criterionId: gid(quantity), unitId: gid(other), actualValue: 999 } });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await app.db.manager.countBy(CovenantAssessment, { criterionId: quantity.id })).toBe(0);
    expect(await changeCount()).toBe(before);
  });

  it('refuses inputs that do not fit the criterion, parents and non-members', async () => {
    const { covenant, own, outsider, quantity, quality } = await arrange();
    const parent = await buildCriterion(app.db, covenant, { title: 'Nhóm tiêu chí' });
    await buildCriterion(app.db, covenant, { parentId: parent.id, kind: 'QUALITATIVE', maxScore: 2 });
    const errors = async (input: Record<string, unknown>) =>
      ok(await app.gql(SELF, { input })).enterSelfAssessment.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code]);
    expect(await errors({ criterionId: gid(quantity), unitId: gid(own), met: true })).toEqual([['met', 'INVALID']]);
    expect(await errors({ criterionId: gid(quality), unitId: gid(own), occurrences: 2 })).toEqual([['occurrences', 'INVALID']]);
    expect(await errors({ criterionId: gid(quantity), unitId: gid(own), actualValue: -1 })).toEqual([['actualValue', 'OUT_OF_RANGE']]);
    expect(await errors({ criterionId: gid(parent), unitId: gid(own), met: true })).toEqual([['criterionId', 'INVALID']]);
    expect(await errors({ criterionId: gid(quality), unitId: gid(outsider), met: true })).toEqual([['unitId', 'NOT_A_MEMBER']]);
  });

  it('merges edits of other fields and reports a conflict on the same field', async () => {
    const { own, quality, officer } = await arrange();
    const input = { criterionId: gid(quality), unitId: gid(own) };
    const first = ok(await officer.gql(SELF, { input: { ...input, met: false, evidence: 'Bản nháp' } })).enterSelfAssessment.assessment;
    ok(await app.gql(SELF, { input: { ...input, met: true, expectedVersion: first.version } }));
    const merged = ok(await officer.gql(SELF, { input: { ...input, evidence: 'Công văn 5/CV', expectedVersion: first.version } })).enterSelfAssessment;
    expect(merged.assessment).toMatchObject({ met: true, evidence: 'Công văn 5/CV' });
    const clash = ok(await officer.gql(SELF, { input: { ...input, evidence: 'Công văn 6/CV', expectedVersion: first.version } })).enterSelfAssessment;
    expect(clash.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect(clash.conflict.fields).toEqual([{ field: 'evidence', theirs: 'Công văn 5/CV', yours: 'Công văn 6/CV' }]);
  });
});

describe('targets and review scores', () => {
  it('lets the bloc officer set targets on quantitative criteria only, and review within the criterion’s range', async () => {
    const { bloc, covenant, own, quantity, quality, officer } = await arrange();
    const blocOfficer = await app.loginAs('BLOC_OFFICER', { blocId: bloc.id });
    await buildSheet(app.db, covenant, own.id, { status: 'SUBMITTED' });
    const set = ok(await blocOfficer.gql(TARGET, { input: { criterionId: gid(quantity), unitId: gid(own), target: 100 } })).setCovenantTarget;
    expect(set).toEqual({ target: { target: 100, version: 1 }, userErrors: [] });
    const again = ok(
      await blocOfficer.gql(TARGET, { input: { criterionId: gid(quantity), unitId: gid(own), target: 120, expectedVersion: 1 } }),
    ).setCovenantTarget;
    expect(again.target).toEqual({ target: 120, version: 2 });
    expect(await app.db.manager.countBy(CovenantTarget, { criterionId: quantity.id })).toBe(1);
    expect(ok(await blocOfficer.gql(TARGET, { input: { criterionId: gid(quality), unitId: gid(own), target: 1 } })).setCovenantTarget.userErrors).toEqual([
      { field: ['criterionId'], code: 'INVALID' },
    ]);
    expect((await officer.gql(TARGET, { input: { criterionId: gid(quantity), unitId: gid(own), target: 1 } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const review = (score: number) =>
      blocOfficer.gql(REVIEW, { input: { criterionId: gid(quality), unitId: gid(own), reviewScore: score, reviewComment: 'Đủ minh chứng' } });
    expect(ok(await review(6)).enterReviewScore.userErrors).toEqual([{ field: ['reviewScore'], code: 'OUT_OF_RANGE' }]);
    expect(ok(await review(4.5)).enterReviewScore).toMatchObject({ assessment: { reviewScore: 4.5, reviewComment: 'Đủ minh chứng' }, userErrors: [] });
    expect((await officer.gql(REVIEW, { input: { criterionId: gid(quality), unitId: gid(own), reviewScore: 5 } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('settings and violations', () => {
  it('sets the scoring settings with NSC defaults for what is not sent, and lists violations on the covenant', async () => {
    const { bloc, covenant, own, other } = await arrange();
    const blocOfficer = await app.loginAs('BLOC_OFFICER', { blocId: bloc.id });
    const SETTINGS = `mutation($input: SetCovenantScoringSettingsInput!) { setCovenantScoringSettings(input: $input) {
      settings { finalStage targetShare leaderTolerance leaderNotTwiceInARow version } userErrors { field code } } }`;
    const set = ok(await blocOfficer.gql(SETTINGS, { input: { covenantId: gid(covenant), leaderNotTwiceInARow: true } })).setCovenantScoringSettings;
    expect(set).toEqual({
      settings: { finalStage: 'REVIEW', targetShare: 0.5, leaderTolerance: 0.0001, leaderNotTwiceInARow: true, version: 1 },
      userErrors: [],
    });
    const VIOLATION = `mutation($input: RecordCovenantViolationInput!) { recordCovenantViolation(input: $input) { violation { id } userErrors { field code } } }`;
    ok(await blocOfficer.gql(VIOLATION, { input: { covenantId: gid(covenant), unitId: gid(own), reason: 'Vi phạm nghiêm trọng về tài chính' } }));
    ok(await blocOfficer.gql(VIOLATION, { input: { covenantId: gid(covenant), unitId: gid(other), reason: 'Báo cáo chậm', serious: false } }));
    const read = ok(
      await app.gql(
        `query($id: ID!) { covenant(id: $id) { scoringSettings { finalStage leaderNotTwiceInARow } violations { reason serious unit { name } }
        ranking { leaderNotTwiceInARow rows { unit { name } canLead exclusions { code } } } } }`,
        { id: gid(covenant) },
      ),
    ).covenant;
    expect(read.scoringSettings).toEqual({ finalStage: 'REVIEW', leaderNotTwiceInARow: true });
    expect(read.violations.map((v: { reason: string; serious: boolean }) => [v.reason, v.serious]).sort()).toEqual([
      ['Báo cáo chậm', false],
      ['Vi phạm nghiêm trọng về tài chính', true],
    ]);
    expect(read.ranking.rows.find((r: { unit: { name: string } }) => r.unit.name === own.name)).toMatchObject({
      canLead: false,
      exclusions: [{ code: 'NO_TARGETS' }, { code: 'SERIOUS_VIOLATION' }],
    });
  });
});
