import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { buildUnit } from '../../test-support/builders.js';
import { ensureAwardCatalogue } from '../award-type/index.js';
import { buildAffiliation, buildPerson } from '../person/person.builders.js';
import { ensureRuleCatalogue } from './eligibility-rule.catalogue.js';
import { awardYears, buildInitiative, discipline, rate } from './eligibility.builders.js';
import { evaluate, outcomeOf } from '../../test-support/eligibility.js';

/** The loaded rules for individuals, each against worked examples (PASS, FAIL and, where a fact can be missing, NEEDS_REVIEW). */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await ensureAwardCatalogue(app.db.manager);
  await ensureRuleCatalogue(app.db.manager);
});
afterAll(() => app.close());

const CSTDCS = 'CHIEN_SI_THI_DUA_CO_SO';
const LDTT = 'LAO_DONG_TIEN_TIEN';
const person = () => buildPerson(app.db);

describe('rules for individuals', () => {
  it('ONE_ACH, INIT_ONCE, NO_PREREQ, EVID: one award per achievement; principles stated; documents need a person', async () => {
    const p = await person();
    const first = await evaluate(app, p, CSTDCS, 2025);
    expect(first.byCode.ONE_ACH).toMatchObject({ outcome: 'PASS', facts: [{ text: 'Chưa có Chiến sĩ thi đua cơ sở năm 2025' }] });
    expect(first.byCode.INIT_ONCE?.outcome).toBe('PASS');
    expect(first.byCode.NO_PREREQ).toMatchObject({ outcome: 'PASS', rule: { code: 'NO_PREREQ', revision: 1 } });
    expect(first.byCode.EVID).toMatchObject({ outcome: 'NEEDS_REVIEW', reasons: [expect.stringContaining('bản sao chứng thực')] });
    await awardYears(app.db, p, CSTDCS, [2025]);
    expect(await outcomeOf(app, p, CSTDCS, 2025, 'ONE_ACH')).toBe('FAIL');
    // Decree 152/2025 is in force from 1/7/2025: not for 2024.
    expect(await outcomeOf(app, p, CSTDCS, 2024, 'NO_PREREQ')).toBeUndefined();
  });

  it('LDTT: a good rating and no discipline; no rating is NEEDS_REVIEW', async () => {
    const [good, punished, unrated] = [await person(), await person(), await person()];
    await rate(app.db, good, 'GOOD', [2024]);
    await rate(app.db, punished, 'EXCELLENT', [2024]);
    await discipline(app.db, punished, 2024, 'WARNING');
    expect(await outcomeOf(app, good, LDTT, 2024, 'LDTT')).toBe('PASS');
    expect(await outcomeOf(app, punished, LDTT, 2024, 'LDTT')).toBe('FAIL');
    const review = (await evaluate(app, unrated, LDTT, 2024)).byCode.LDTT!;
    expect(review).toMatchObject({ outcome: 'NEEDS_REVIEW', reasons: [expect.stringContaining('Chưa có xếp loại năm 2024')] });
  });

  it('CSTDCS: Advanced Worker and an unused grassroots initiative', async () => {
    const [yes, used] = [await person(), await person()];
    for (const p of [yes, used]) await awardYears(app.db, p, LDTT, [2024]);
    await buildInitiative(app.db, yes, 'GRASSROOTS', 2024);
    const [other] = await awardYears(app.db, used, 'GIAY_KHEN', [2023]);
    await buildInitiative(app.db, used, 'GRASSROOTS', 2023, { usedForId: other!.id });
    expect(await outcomeOf(app, yes, CSTDCS, 2024, 'CSTDCS')).toBe('PASS');
    const fail = (await evaluate(app, used, CSTDCS, 2024)).byCode.CSTDCS!;
    expect(fail.outcome).toBe('FAIL');
    expect(fail.facts.map((f) => f.text)).toContain('Sáng kiến cấp cơ sở trở lên chưa sử dụng: 0; 1 sáng kiến đã dùng cho khen thưởng khác, không tính');
  });

  it("CSTDCS_15 (until 2023): at most 15% of the unit's Advanced Workers; no unit is NEEDS_REVIEW", async () => {
    const unit = await buildUnit(app.db);
    const staff = [];
    for (let i = 0; i < 10; i += 1) {
      const p = await person();
      await buildAffiliation(app.db, p, unit, { startedOn: '2020-01-01' });
      await awardYears(app.db, p, LDTT, [2023]);
      staff.push(p);
    }
    expect((await evaluate(app, staff[0]!, CSTDCS, 2023)).byCode.CSTDCS_15).toMatchObject({ outcome: 'PASS', facts: [{ value: 0.1 }] });
    await awardYears(app.db, staff[1]!, CSTDCS, [2023]);
    expect(await outcomeOf(app, staff[0]!, CSTDCS, 2023, 'CSTDCS_15')).toBe('FAIL');
    expect(await outcomeOf(app, await person(), CSTDCS, 2023, 'CSTDCS_15')).toBe('NEEDS_REVIEW');
    expect(await outcomeOf(app, staff[0]!, CSTDCS, 2024, 'CSTDCS_15')).toBeUndefined();
  });

  it('CSTD_T and CSTD_TQ: consecutive lower titles and an initiative of the right level', async () => {
    const [t, short] = [await person(), await person()];
    await awardYears(app.db, t, CSTDCS, [2022, 2023, 2024]);
    await buildInitiative(app.db, t, 'PROVINCE', 2024);
    await awardYears(app.db, short, CSTDCS, [2021, 2023, 2024]);
    await buildInitiative(app.db, short, 'PROVINCE', 2024);
    const pass = (await evaluate(app, t, 'CHIEN_SI_THI_DUA_CAP_TINH', 2024)).byCode.CSTD_T!;
    expect(pass).toMatchObject({ outcome: 'PASS', rule: { code: 'CSTD_T' } });
    expect(pass.facts[0]!.text).toBe('Chiến sĩ thi đua cơ sở 2022, 2023, 2024: 3 năm liên tục');
    expect(await outcomeOf(app, short, 'CHIEN_SI_THI_DUA_CAP_TINH', 2024, 'CSTD_T')).toBe('FAIL');

    const [tq, grassroots] = [await person(), await person()];
    for (const p of [tq, grassroots]) await awardYears(app.db, p, 'CHIEN_SI_THI_DUA_CAP_TINH', [2023, 2024]);
    await buildInitiative(app.db, tq, 'NATIONAL', 2024);
    await buildInitiative(app.db, grassroots, 'PROVINCE', 2024);
    expect(await outcomeOf(app, tq, 'CHIEN_SI_THI_DUA_TOAN_QUOC', 2024, 'CSTD_TQ')).toBe('PASS');
    expect(await outcomeOf(app, grassroots, 'CHIEN_SI_THI_DUA_TOAN_QUOC', 2024, 'CSTD_TQ')).toBe('FAIL');
  });

  it('VOTE_90 (until 2023): no ballot records yet, so NEEDS_REVIEW; not applied from 2024', async () => {
    const p = await person();
    expect((await evaluate(app, p, 'CHIEN_SI_THI_DUA_CAP_TINH', 2023)).byCode.VOTE_90).toMatchObject({
      outcome: 'NEEDS_REVIEW',
      reasons: [expect.stringContaining('Hội đồng biểu quyết sau khi thẩm định')],
    });
    expect(await outcomeOf(app, p, 'CHIEN_SI_THI_DUA_CAP_TINH', 2024, 'VOTE_90')).toBeUndefined();
  });

  it('BK_T: two grassroots titles in a row, or two excellent years and two unused initiatives', async () => {
    const [titles, ratings, oneInit, gap] = [await person(), await person(), await person(), await person()];
    await awardYears(app.db, titles, CSTDCS, [2023, 2024]);
    for (const p of [ratings, oneInit]) await rate(app.db, p, 'EXCELLENT', [2023, 2024]);
    await buildInitiative(app.db, ratings, 'GRASSROOTS', 2022);
    await buildInitiative(app.db, ratings, 'GRASSROOTS', 2024);
    await buildInitiative(app.db, oneInit, 'GRASSROOTS', 2024);
    // 2023 not rated yet: it could decide, so the rule needs review (with no initiatives it would simply fail).
    await rate(app.db, gap, 'EXCELLENT', [2024]);
    await buildInitiative(app.db, gap, 'GRASSROOTS', 2023);
    await buildInitiative(app.db, gap, 'GRASSROOTS', 2024);
    const BK = 'BANG_KHEN_CHU_TICH_UBND_TINH';
    expect(await outcomeOf(app, titles, BK, 2024, 'BK_T')).toBe('PASS');
    expect(await outcomeOf(app, ratings, BK, 2024, 'BK_T')).toBe('PASS');
    expect(await outcomeOf(app, oneInit, BK, 2024, 'BK_T')).toBe('FAIL');
    expect(await outcomeOf(app, gap, BK, 2024, 'BK_T')).toBe('NEEDS_REVIEW');
  });

  it('BK_TTG: a provincial certificate, five good years with three grassroots titles', async () => {
    const [yes, two, gap] = [await person(), await person(), await person()];
    for (const p of [yes, two, gap]) await awardYears(app.db, p, 'BANG_KHEN_CHU_TICH_UBND_TINH', [2019]);
    await rate(app.db, yes, 'GOOD', [2020, 2021, 2022, 2023, 2024]);
    await rate(app.db, two, 'GOOD', [2020, 2021, 2022, 2023, 2024]);
    await rate(app.db, gap, 'GOOD', [2022, 2023, 2024]);
    await awardYears(app.db, yes, CSTDCS, [2021, 2022, 2024]);
    await awardYears(app.db, two, CSTDCS, [2022, 2024]);
    await awardYears(app.db, gap, CSTDCS, [2021, 2022, 2024]);
    expect(await outcomeOf(app, yes, 'BANG_KHEN_THU_TUONG', 2024, 'BK_TTG')).toBe('PASS');
    expect(await outcomeOf(app, two, 'BANG_KHEN_THU_TUONG', 2024, 'BK_TTG')).toBe('FAIL');
    expect(await outcomeOf(app, gap, 'BANG_KHEN_THU_TUONG', 2024, 'BK_TTG')).toBe('NEEDS_REVIEW');
  });
});
