import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildAwardType, buildBloc, buildCommendation, buildHousehold, buildMovement, buildPerson } from './commendation.builders.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const STATS = `query($groupBy: [CommendationDimension!]!, $filter: CommendationFilter, $search: String) {
  commendationStats(groupBy: $groupBy, filter: $filter, search: $search) {
    count key { year awardType { code } level bloc { name } unitKind subjectKind status kind } } }`;
const stats = async (variables: Record<string, unknown>) => {
  const response = await app.gql(STATS, variables);
  return { groups: ok(response).commendationStats, statements: response.extensions?.sqlStatements };
};
const EMPTY_KEY = { year: null, awardType: null, level: null, bloc: null, unitKind: null, subjectKind: null, status: null, kind: null };

describe('commendation statistics', () => {
  it('groups by year and award type under a filter, in one statement plus loaders', async () => {
    const movement = await buildMovement(app.db);
    const flag = await buildAwardType(app.db, { code: `CO_${Date.now()}`, rank: 90, subjectKinds: ['COLLECTIVE'] });
    const merit = await buildAwardType(app.db, { code: `BK_${Date.now()}`, rank: 50 });
    const units = [await buildUnit(app.db, { kind: 'COOPERATIVE' }), await buildUnit(app.db, { kind: 'ENTERPRISE' })];
    const person = await buildPerson(app.db);
    const m = { movementId: movement.id };
    await buildCommendation(app.db, units[0]!, flag, { ...m, year: 2022 });
    await buildCommendation(app.db, units[0]!, merit, { ...m, year: 2022 });
    await buildCommendation(app.db, units[1]!, merit, { ...m, year: 2022 });
    await buildCommendation(app.db, person, merit, { ...m, year: 2021 });
    await buildCommendation(app.db, units[1]!, merit, { ...m, year: 2021, status: 'REVOKED' });

    const filter = { movementId: { eq: gid(movement) }, status: { in: ['AWARDED', 'PRESENTED'] } };
    const { groups, statements } = await stats({ groupBy: ['YEAR', 'AWARD_TYPE'], filter });
    expect(groups).toEqual([
      { count: 1, key: { ...EMPTY_KEY, year: 2021, awardType: { code: merit.code } } },
      { count: 1, key: { ...EMPTY_KEY, year: 2022, awardType: { code: flag.code } } },
      { count: 2, key: { ...EMPTY_KEY, year: 2022, awardType: { code: merit.code } } },
    ]);
    expect(statements).toBe(3); // the session lookup, the grouping, the award types

    const byKind = await stats({ groupBy: ['SUBJECT_KIND'], filter: { movementId: { eq: gid(movement) } } });
    expect(byKind.groups).toEqual([
      { count: 4, key: { ...EMPTY_KEY, subjectKind: 'COLLECTIVE' } },
      { count: 1, key: { ...EMPTY_KEY, subjectKind: 'INDIVIDUAL' } },
    ]);
    const total = await stats({ groupBy: [], filter: { movementId: { eq: gid(movement) } } });
    expect(total.groups).toEqual([{ count: 5, key: EMPTY_KEY }]);
  });

  it('groups by subject kind, level, bloc, unit kind, status and kind, with search', async () => {
    const bloc = await buildBloc(app.db, { name: 'Khối các Hội đặc thù' });
    const awardType = await buildAwardType(app.db, { level: 'ORGANIZATION', subjectKinds: ['COLLECTIVE', 'HOUSEHOLD'] });
    const unit = await buildUnit(app.db, { kind: 'SOCIAL_ORGANIZATION', name: 'Hội Nạn nhân chất độc da cam/Dioxin' });
    const household = await buildHousehold(app.db, { name: 'Hộ bà Đặng Thị Lan' });
    await buildCommendation(app.db, unit, awardType, { blocId: bloc.id, kind: 'THEMATIC' });
    await buildCommendation(app.db, household, awardType, { blocId: bloc.id });
    await buildCommendation(app.db, household, awardType, { year: 2020 });
    const filter = { awardTypeId: { eq: gid(awardType) } };

    const { groups } = await stats({ groupBy: ['SUBJECT_KIND', 'ISSUING_LEVEL', 'BLOC', 'UNIT_KIND', 'STATUS', 'KIND'], filter });
    const common = { ...EMPTY_KEY, level: 'ORGANIZATION', status: 'AWARDED' };
    expect(groups).toEqual([
      { count: 1, key: { ...common, subjectKind: 'COLLECTIVE', bloc: { name: 'Khối các Hội đặc thù' }, unitKind: 'SOCIAL_ORGANIZATION', kind: 'THEMATIC' } },
      { count: 1, key: { ...common, subjectKind: 'HOUSEHOLD', bloc: { name: 'Khối các Hội đặc thù' }, kind: 'MERIT' } },
      { count: 1, key: { ...common, subjectKind: 'HOUSEHOLD', kind: 'MERIT' } },
    ]);
    const searched = await stats({ groupBy: ['YEAR'], filter, search: 'dang thi lan' });
    expect(searched.groups).toEqual([
      { count: 1, key: { ...EMPTY_KEY, year: 2020 } },
      { count: 1, key: { ...EMPTY_KEY, year: 2022 } },
    ]);
    const twice = await app.gql(STATS, { groupBy: ['YEAR', 'YEAR'] });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
