import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { ensureAwardCatalogue } from '../award-type/index.js';
import { buildHousehold } from '../household/household.builders.js';
import { buildAffiliation, buildPerson } from '../person/person.builders.js';
import { ensureRuleCatalogue } from './eligibility-rule.catalogue.js';
import { EVALUATE, evaluate } from '../../test-support/eligibility.js';

/** Which rules apply: a province's own rules for its units only; wrong subjects and awards are errors. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await ensureAwardCatalogue(app.db.manager);
  await ensureRuleCatalogue(app.db.manager);
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreateEligibilityRuleInput!) { createEligibilityRule(input: $input) { rule { jurisdiction } userErrors { code } } }`;

describe('which rules apply', () => {
  it("applies a province's rule to units of that province (or when asked), national rules everywhere", async () => {
    const input = {
      code: 'HP_KHOI',
      titleVi: 'Quy chế khối của thành phố',
      awardTypeCodes: ['CO_THI_DUA_UBND_TINH'],
      subjectKinds: ['COLLECTIVE'],
      condition: { fact: 'review', note: 'Đối chiếu quy chế khối của thành phố' },
      sourceDocument: 'Quyết định 889/QĐ-UBND',
      effectiveFrom: '2022-03-31',
      jurisdiction: 'Hải Phòng',
    };
    expect(ok(await app.gql(CREATE, { input })).createEligibilityRule).toEqual({ rule: { jurisdiction: 'Hải Phòng' }, userErrors: [] });
    const [here, there] = [await buildUnit(app.db, { area: 'Hai Phong' }), await buildUnit(app.db, { area: 'Đà Nẵng' })];
    const codes = async (unit: typeof here, jurisdiction?: string) => {
      const res = ok(
        await app.gql(
          `query($s: ID!, $j: String) { evaluateEligibility(subjectId: $s, awardTypeCode: "CO_THI_DUA_UBND_TINH", year: 2024, jurisdiction: $j) { results { rule { code } } } }`,
          { s: gid(unit), j: jurisdiction ?? null },
        ),
      );
      return res.evaluateEligibility.results.map((r: any) => r.rule.code);
    };
    expect(await codes(here)).toEqual(['CO_T', 'EVID', 'HP_KHOI', 'ONE_ACH']);
    expect(await codes(there)).toEqual(['CO_T', 'EVID', 'ONE_ACH']);
    expect(await codes(there, 'Hải Phòng')).toContain('HP_KHOI');
    // A person is judged where their unit is.
    const local = { ...input, code: 'HP_CA_NHAN', awardTypeCodes: ['LAO_DONG_TIEN_TIEN'], subjectKinds: ['INDIVIDUAL'] };
    expect(ok(await app.gql(CREATE, { input: local })).createEligibilityRule.userErrors).toEqual([]);
    const worker = await buildPerson(app.db);
    await buildAffiliation(app.db, worker, here, { startedOn: '2020-01-01' });
    expect((await evaluate(app, worker, 'LAO_DONG_TIEN_TIEN', 2024)).byCode.HP_CA_NHAN?.outcome).toBe('NEEDS_REVIEW');
    expect((await evaluate(app, await buildPerson(app.db), 'LAO_DONG_TIEN_TIEN', 2024)).byCode.HP_CA_NHAN).toBeUndefined();
  });

  it('evaluates a household against the rules for any subject', async () => {
    const { report } = await evaluate(app, await buildHousehold(app.db), 'GIA_DINH_VAN_HOA', 2025);
    expect(report.results.map((r: any) => r.rule.code)).toEqual(['EVID', 'NO_PREREQ', 'ONE_ACH']);
    expect(report.outcome).toBe('NEEDS_REVIEW');
  });

  it('answers an unknown subject or award NOT_FOUND, and an award for another kind of subject BAD_USER_INPUT', async () => {
    const unit = await buildUnit(app.db);
    const codeOf = async (s: string, a: string) => (await app.gql(EVALUATE, { s, a, y: 2024 })).errors?.[0]?.extensions?.code;
    expect(await codeOf(gid(unit), 'KHONG_CO')).toBe('NOT_FOUND');
    expect(await codeOf('VW5pdDpub3BlCg==', 'LAO_DONG_TIEN_TIEN')).toBe('NOT_FOUND');
    expect(await codeOf(gid(unit), 'LAO_DONG_TIEN_TIEN')).toBe('BAD_USER_INPUT');
  });
});
