import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { ensureAwardCatalogue } from '../award-type/index.js';
import { buildPerson } from '../person/person.builders.js';
import { UnitLineage } from '../unit/entities.js';
import { EligibilityRule } from './eligibility-rule.entity.js';
import { ensureRuleCatalogue, RULE_CATALOGUE } from './eligibility-rule.catalogue.js';
import { awardYears, buildInitiative, rate } from './eligibility.builders.js';
import { EVALUATE, evaluate, outcomeOf } from '../../test-support/eligibility.js';
import { Initiative } from './initiative.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await ensureAwardCatalogue(app.db.manager);
  await ensureRuleCatalogue(app.db.manager);
});
afterAll(() => app.close());

const RULE = 'rule { id code revision effectiveFrom effectiveTo condition facts version }';
const CREATE = `mutation($input: CreateEligibilityRuleInput!) { createEligibilityRule(input: $input) { ${RULE} userErrors { field code message } } }`;
const REVISE = `mutation($input: ReviseEligibilityRuleInput!) { reviseEligibilityRule(input: $input) { ${RULE} userErrors { field code message } } }`;
const RETIRE = `mutation($input: RetireEligibilityRuleInput!) { retireEligibilityRule(input: $input) { ${RULE} userErrors { field code message } } }`;
const content = (condition: object, over: object = {}) => ({
  titleVi: 'Quy tắc thử',
  awardTypeCodes: ['TAP_THE_LAO_DONG_XUAT_SAC'],
  subjectKinds: ['COLLECTIVE'],
  condition,
  sourceDocument: 'Quyết định thử của UBND tỉnh',
  effectiveFrom: '2020-01-01',
  ...over,
});

describe('eligibility rules as data', () => {
  it('loads the catalogue once: 16 rules, revision 1, running again changes nothing', async () => {
    expect(RULE_CATALOGUE).toHaveLength(16);
    expect(await ensureRuleCatalogue(app.db.manager)).toBe(0);
    const listed = ok(
      await app.gql(
        '{ eligibilityRules(first: 100, filter: { code: { in: ["CSTD_T", "VOTE_90"] } }) { totalCount nodes { code revision sourceDocument article effectiveFrom effectiveTo facts mark } } }',
      ),
    ).eligibilityRules;
    expect(listed.nodes).toEqual([
      {
        code: 'CSTD_T',
        revision: 1,
        sourceDocument: 'Luật Thi đua, khen thưởng 06/2022/QH15',
        article: 'Điều 22 (suy luận)',
        effectiveFrom: '2024-01-01',
        effectiveTo: null,
        facts: ['consecutiveYears', 'unusedInitiatives'],
        mark: 'R',
      },
      {
        code: 'VOTE_90',
        revision: 1,
        sourceDocument: 'Nghị định 91/2017/NĐ-CP',
        article: 'Điều 45',
        effectiveFrom: '2017-10-01',
        effectiveTo: '2023-12-31',
        facts: ['ballotShare'],
        mark: 'V',
      },
    ]);
    const in2023 = ok(
      await app.gql('{ eligibilityRules(year: 2023, first: 100, filter: { awardTypeCode: { eq: "CHIEN_SI_THI_DUA_CO_SO" } }) { nodes { code } } }'),
    ).eligibilityRules.nodes.map((n: any) => n.code);
    expect(in2023).toEqual(['CSTDCS_15', 'EVID', 'INIT_ONCE']);
  });

  it("a streak survives a merger: the predecessor's awards count for its successor", async () => {
    const [old, merged] = [
      await buildUnit(app.db, { name: 'Hội Doanh nghiệp huyện cũ' }),
      await buildUnit(app.db, { name: 'Hội Doanh nghiệp thành phố (sau sáp nhập)' }),
    ];
    await app.db.manager.save(app.db.manager.create(UnitLineage, { predecessorId: old.id, successorId: merged.id, kind: 'MERGER', effectiveOn: '2025-07-01' }));
    await awardYears(app.db, old, 'TAP_THE_LAO_DONG_XUAT_SAC', [2022, 2023]);
    await awardYears(app.db, merged, 'TAP_THE_LAO_DONG_XUAT_SAC', [2024]);
    const created = ok(
      await app.gql(CREATE, {
        input: {
          ...content({ fact: 'consecutiveYears', title: 'TAP_THE_LAO_DONG_XUAT_SAC', atLeast: 3 }, { awardTypeCodes: ['CO_THI_DUA_UBND_TINH'] }),
          code: ' co_3_nam ',
        },
      }),
    ).createEligibilityRule;
    expect(created).toMatchObject({ rule: { code: 'CO_3_NAM', revision: 1, facts: ['consecutiveYears'] }, userErrors: [] });
    const result = (await evaluate(app, merged, 'CO_THI_DUA_UBND_TINH', 2024)).byCode.CO_3_NAM!;
    expect(result).toMatchObject({ outcome: 'PASS', facts: [{ text: 'Tập thể lao động xuất sắc 2022, 2023, 2024: 3 năm liên tục', value: 3 }] });
  });

  it('evaluates each year with the version in force then; revising keeps the old version; retiring ends it', async () => {
    const created = ok(
      await app.gql(CREATE, { input: { ...content({ fact: 'consecutiveYears', title: 'TAP_THE_LAO_DONG_TIEN_TIEN', atLeast: 2 }), code: 'TT_LIEN_TUC' } }),
    ).createEligibilityRule.rule;
    const unit = await buildUnit(app.db);
    await awardYears(app.db, unit, 'TAP_THE_LAO_DONG_TIEN_TIEN', [2024, 2025, 2026]);
    const revised = ok(
      await app.gql(REVISE, {
        input: {
          ...content({ fact: 'consecutiveYears', title: 'TAP_THE_LAO_DONG_TIEN_TIEN', atLeast: 4 }, { effectiveFrom: '2026-10-01' }),
          id: created.id,
          expectedVersion: created.version,
        },
      }),
    ).reviseEligibilityRule;
    expect(revised).toMatchObject({ rule: { code: 'TT_LIEN_TUC', revision: 2, effectiveFrom: '2026-10-01', effectiveTo: null }, userErrors: [] });
    const XS = 'TAP_THE_LAO_DONG_XUAT_SAC';
    expect((await evaluate(app, unit, XS, 2025)).byCode.TT_LIEN_TUC).toMatchObject({ outcome: 'PASS', rule: { revision: 1 } });
    expect((await evaluate(app, unit, XS, 2026)).byCode.TT_LIEN_TUC).toMatchObject({ outcome: 'FAIL', rule: { revision: 2 } });
    const old = await app.db.manager.findOneByOrFail(EligibilityRule, { code: 'TT_LIEN_TUC', revision: 1 });
    expect(old.effectiveTo).toBe('2026-09-30');
    // Revising an old version again, or retiring it into the new one's time, is refused.
    const again = ok(
      await app.gql(REVISE, { input: { ...content({ fact: 'principle' }, { effectiveFrom: '2027-01-01' }), id: created.id } }),
    ).reviseEligibilityRule;
    expect(again.userErrors.map((e: any) => e.code)).toEqual(['INVALID_STATE']);
    const overlap = ok(await app.gql(RETIRE, { input: { id: created.id, effectiveTo: '2026-12-31' } })).retireEligibilityRule;
    expect(overlap.userErrors.map((e: any) => e.code)).toEqual(['RULE_OVERLAP']);
    const retired = ok(
      await app.gql(RETIRE, { input: { id: revised.rule.id, effectiveTo: '2027-12-31', reason: 'Bãi bỏ theo quyết định mới' } }),
    ).retireEligibilityRule;
    expect(retired).toMatchObject({ rule: { effectiveTo: '2027-12-31' }, userErrors: [] });
    expect(await outcomeOf(app, unit, XS, 2028, 'TT_LIEN_TUC')).toBeUndefined();
    const history = ok(
      await app.gql('query($id: ID!) { node(id: $id) { ... on EligibilityRule { history { nodes { action reason } } } } }', { id: revised.rule.id }),
    ).node.history.nodes;
    expect(history.map((h: any) => h.reason)).toContain('Bãi bỏ theo quyết định mới');
  });

  it('refuses a malformed condition or a taken code, and writes nothing', async () => {
    const before = await app.db.manager.count(EligibilityRule);
    const bad = ok(await app.gql(CREATE, { input: { ...content({ fact: 'khongCo' }), code: 'HONG' } })).createEligibilityRule;
    expect(bad.userErrors).toEqual([{ field: ['condition'], code: 'INVALID', message: expect.stringContaining('khongCo') }]);
    const taken = ok(await app.gql(CREATE, { input: { ...content({ fact: 'principle' }), code: 'CSTD_T' } })).createEligibilityRule;
    expect(taken.userErrors.map((e: any) => [e.field[0], e.code])).toEqual([['code', 'DUPLICATE']]);
    expect(await app.db.manager.count(EligibilityRule)).toBe(before);
  });

  it('only the Board manages rules: FORBIDDEN and nothing written for other officers (tokens: the matrix)', async () => {
    const before = await app.db.manager.count(EligibilityRule);
    for (const role of ['UNIT_OFFICER', 'BLOC_OFFICER', 'ANALYST'] as const) {
      const { gql } = await app.loginAs(role);
      const res = await gql(CREATE, { input: { ...content({ fact: 'principle' }), code: `THU_${role}` } });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(ok(await gql(EVALUATE, { s: gid(await buildUnit(app.db)), a: 'TAP_THE_LAO_DONG_TIEN_TIEN', y: 2024 })).evaluateEligibility.outcome).toBeDefined();
    }
    const board = await app.loginAs('BOARD_OFFICER');
    expect(ok(await board.gql(CREATE, { input: { ...content({ fact: 'principle' }), code: 'THU_BAN' } })).createEligibilityRule.userErrors).toEqual([]);
    expect(await app.db.manager.count(EligibilityRule)).toBe(before + 1);
  });
});

describe('initiatives and evaluation cost', () => {
  it('an initiative backs one award: a second use is refused with INITIATIVE_ALREADY_USED', async () => {
    const person = await buildPerson(app.db);
    const [first, second] = await awardYears(app.db, person, 'CHIEN_SI_THI_DUA_CO_SO', [2023, 2024]);
    const initiative = await buildInitiative(app.db, person, 'GRASSROOTS', 2023);
    const USE =
      'mutation($input: UseInitiativeInput!) { useInitiative(input: $input) { initiative { usedForCommendationId version } userErrors { field code recordId } } }';
    const used = ok(await app.gql(USE, { input: { id: gid(initiative), commendationId: gid(first!) } })).useInitiative;
    expect(used).toEqual({ initiative: { usedForCommendationId: gid(first!), version: 2 }, userErrors: [] });
    const twice = ok(await app.gql(USE, { input: { id: gid(initiative), commendationId: gid(second!) } })).useInitiative;
    expect(twice).toEqual({ initiative: null, userErrors: [{ field: ['id'], code: 'INITIATIVE_ALREADY_USED', recordId: gid(first!) }] });
    expect(await app.db.manager.findOneByOrFail(Initiative, { id: initiative.id })).toMatchObject({ usedForId: first!.id, version: 2 });
  });

  it('records ratings through the API; a second rating of the same year is DUPLICATE', async () => {
    const person = await buildPerson(app.db);
    const CREATE_RATING =
      'mutation($input: CreatePerformanceRatingInput!) { createPerformanceRating(input: $input) { rating { subjectId year rating } userErrors { field code } } }';
    const input = { subjectId: gid(person), year: 2024, rating: 'EXCELLENT' };
    expect(ok(await app.gql(CREATE_RATING, { input })).createPerformanceRating).toEqual({
      rating: { subjectId: gid(person), year: 2024, rating: 'EXCELLENT' },
      userErrors: [],
    });
    expect(ok(await app.gql(CREATE_RATING, { input })).createPerformanceRating.userErrors).toEqual([{ field: ['year'], code: 'DUPLICATE' }]);
    const listed = ok(
      await app.gql('query($s: ID!) { performanceRatings(subjectId: $s) { totalCount nodes { year rating } } }', { s: gid(person) }),
    ).performanceRatings;
    expect(listed).toEqual({ totalCount: 1, nodes: [{ year: 2024, rating: 'EXCELLENT' }] });
  });

  it('costs the same number of SQL statements whatever the length of the history', async () => {
    const statements = async (years: number) => {
      const person = await buildPerson(app.db);
      const span = Array.from({ length: years }, (_, i) => 2024 - i);
      await awardYears(app.db, person, 'CHIEN_SI_THI_DUA_CO_SO', span);
      await rate(app.db, person, 'GOOD', span);
      for (const y of span) await buildInitiative(app.db, person, 'GRASSROOTS', y);
      const res = await app.gql(EVALUATE, { s: gid(person), a: 'BANG_KHEN_THU_TUONG', y: 2024 });
      expect(res.errors).toBeUndefined();
      return res.extensions?.sqlStatements;
    };
    const short = await statements(1);
    expect(short).toBeGreaterThan(0);
    expect(await statements(12)).toBe(short);
  });
});
