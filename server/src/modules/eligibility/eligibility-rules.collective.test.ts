import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { buildUnit } from '../../test-support/builders.js';
import { ensureAwardCatalogue } from '../award-type/index.js';
import { addMember, buildBloc, setLeader } from '../bloc/bloc.builders.js';
import { buildAffiliation, buildPerson } from '../person/person.builders.js';
import type { Unit } from '../unit/entities.js';
import { ensureRuleCatalogue } from './eligibility-rule.catalogue.js';
import { awardYears, discipline, rate } from './eligibility.builders.js';
import { evaluate, outcomeOf } from '../../test-support/eligibility.js';
import { AwardType } from '../award-type/entities.js';
import { buildDossier, buildDossierLine, buildSentDossier } from '../dossier/dossier.builders.js';

/** The loaded rules for collectives, each against worked examples. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await ensureAwardCatalogue(app.db.manager);
  await ensureRuleCatalogue(app.db.manager);
});
afterAll(() => app.close());

/** A unit with `n` people working there in `year`; the first `titled` are Advanced Workers, all rated `rating` (null: unrated). */
async function collective(n: number, titled: number, year: number, rating: 'COMPLETED' | null = 'COMPLETED') {
  const unit = await buildUnit(app.db);
  const people = [];
  for (let i = 0; i < n; i += 1) {
    const p = await buildPerson(app.db);
    await buildAffiliation(app.db, p, unit, { startedOn: `${year - 1}-01-01` });
    if (i < titled) await awardYears(app.db, p, 'LAO_DONG_TIEN_TIEN', [year]);
    if (rating) await rate(app.db, p, rating, [year]);
    people.push(p);
  }
  return { unit, people };
}

describe('rules for collectives', () => {
  it('TTLDTT: at least 50% Advanced Workers and no discipline; no members is NEEDS_REVIEW', async () => {
    const half = await collective(4, 2, 2024);
    const few = await collective(3, 1, 2024);
    const punished = await collective(2, 2, 2024);
    await discipline(app.db, punished.unit, 2024);
    const TT = 'TAP_THE_LAO_DONG_TIEN_TIEN';
    const pass = (await evaluate(app, half.unit, TT, 2024)).byCode.TTLDTT!;
    expect(pass).toMatchObject({ outcome: 'PASS' });
    expect(pass.facts[0]!.text).toBe('Lao động tiên tiến năm 2024: 2/4 thành viên (50%)');
    expect(await outcomeOf(app, few.unit, TT, 2024, 'TTLDTT')).toBe('FAIL');
    expect(await outcomeOf(app, punished.unit, TT, 2024, 'TTLDTT')).toBe('FAIL');
    expect(await outcomeOf(app, await buildUnit(app.db), TT, 2024, 'TTLDTT')).toBe('NEEDS_REVIEW');
  });

  it('TTLDXS: everyone completed, at least 70% Advanced Workers, a grassroots fighter; an unrated member is NEEDS_REVIEW', async () => {
    const XS = 'TAP_THE_LAO_DONG_XUAT_SAC';
    const good = await collective(3, 3, 2024);
    await awardYears(app.db, good.people[0]!, 'CHIEN_SI_THI_DUA_CO_SO', [2024]);
    expect(await outcomeOf(app, good.unit, XS, 2024, 'TTLDXS')).toBe('PASS');
    const short = await collective(3, 2, 2024);
    await awardYears(app.db, short.people[0]!, 'CHIEN_SI_THI_DUA_CO_SO', [2024]);
    expect(await outcomeOf(app, short.unit, XS, 2024, 'TTLDXS')).toBe('FAIL');
    const unrated = await collective(3, 3, 2024, null);
    await awardYears(app.db, unrated.people[0]!, 'CHIEN_SI_THI_DUA_CO_SO', [2024]);
    const review = (await evaluate(app, unrated.unit, XS, 2024)).byCode.TTLDXS!;
    expect(review).toMatchObject({ outcome: 'NEEDS_REVIEW', reasons: ['3/3 thành viên chưa có xếp loại năm 2024'] });
  });

  it('CO_T: the unit leading its bloc; another leader is FAIL; no recorded leader is NEEDS_REVIEW', async () => {
    const [leader, other, waiting] = [await buildUnit(app.db, { name: 'Liên minh HTX thành phố' }), await buildUnit(app.db), await buildUnit(app.db)];
    const bloc = await buildBloc(app.db, { name: 'Khối thi đua Liên hiệp hội' });
    const open = await buildBloc(app.db, { name: 'Khối các Hội đặc thù' });
    for (const u of [leader, other]) await addMember(app.db, bloc, u, 2020);
    await addMember(app.db, open, waiting, 2020);
    await setLeader(app.db, bloc, 2024, leader);
    const FLAG = 'CO_THI_DUA_UBND_TINH';
    expect((await evaluate(app, leader, FLAG, 2024)).byCode.CO_T).toMatchObject({
      outcome: 'PASS',
      facts: [{ text: 'Dẫn đầu Khối thi đua Liên hiệp hội năm 2024' }],
    });
    expect(await outcomeOf(app, other, FLAG, 2024, 'CO_T')).toBe('FAIL');
    expect(await outcomeOf(app, waiting, FLAG, 2024, 'CO_T')).toBe('NEEDS_REVIEW');
  });

  it('CO_CP: at most 20% of bloc leaders, counted over the dossiers sent for the flag that year or over a list given', async () => {
    const year = 2031; // a year of its own: the quota counts every bloc leader of the year
    const leaders: Unit[] = [];
    for (let i = 0; i < 5; i += 1) {
      const unit = await buildUnit(app.db);
      const bloc = await buildBloc(app.db);
      await addMember(app.db, bloc, unit, 2030);
      await setLeader(app.db, bloc, year, unit);
      leaders.push(unit);
    }
    const GOV = 'CO_THI_DUA_CHINH_PHU';
    const flag = await app.db.manager.findOneByOrFail(AwardType, { code: GOV });
    // No dossier yet: only the unit evaluated is proposed, 1 of 5.
    const alone = (await evaluate(app, leaders[0]!, GOV, year)).byCode.CO_CP!;
    expect(alone.outcome).toBe('PASS');
    expect(alone.facts.map((f) => f.text)).toContain('Đề nghị 1/5 đơn vị dẫn đầu khối, cụm năm 2031 (20%)');
    // A draft is not a proposal yet; a sent dossier proposing another leader makes it 2 of 5.
    await buildDossierLine(app.db, await buildDossier(app.db, leaders[2]!.id, { year }), leaders[2]!.id, { awardType: flag });
    expect(await outcomeOf(app, leaders[0]!, GOV, year, 'CO_CP')).toBe('PASS');
    await buildDossierLine(app.db, await buildSentDossier(app.db, leaders[1]!.id, 'SUBMITTED', { year }), leaders[1]!.id, { awardType: flag });
    const two = (await evaluate(app, leaders[0]!, GOV, year)).byCode.CO_CP!;
    expect(two.outcome).toBe('FAIL');
    expect(two.facts.map((f) => f.text)).toContain('Đề nghị 2/5 đơn vị dẫn đầu khối, cụm năm 2031 (40%)');
    // A list given to the query (what if these were proposed) is counted instead.
    const one = (await evaluate(app, leaders[0]!, GOV, year, [leaders[0]!])).byCode.CO_CP!;
    expect(one.outcome).toBe('PASS');
    expect(await outcomeOf(app, leaders[0]!, GOV, year, 'CO_CP', [leaders[1]!])).toBe('FAIL');
  });
});
