import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import {
  buildAffiliation,
  buildAwardType,
  buildBloc,
  buildCommendation,
  buildDecision,
  buildHousehold,
  buildMovement,
  buildPerson,
} from './commendation.builders.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const LIST = `query($filter: CommendationFilter, $orderBy: [CommendationOrder!], $search: String, $first: Int, $after: String) {
  commendations(filter: $filter, orderBy: $orderBy, search: $search, first: $first, after: $after) {
    totalCount nodes { achievement } pageInfo { hasNextPage endCursor } } }`;
const list = async (variables: Record<string, unknown>) => ok(await app.gql(LIST, variables)).commendations;
const achievements = (connection: any) => connection.nodes.map((n: any) => n.achievement);

describe('commendation lists', () => {
  it('filters by award level and category, unit kind (persons by their current unit), and more', async () => {
    const bloc = await buildBloc(app.db);
    const inBloc = (filter: object) => ({ filter: { and: [{ blocId: { eq: gid(bloc) } }, filter] } });
    const province = await buildAwardType(app.db, { level: 'PROVINCE', category: 'FORM', rank: 60 });
    const local = await buildAwardType(app.db, { level: 'ORGANIZATION', category: 'TITLE', rank: 10, subjectKinds: ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'] });
    const coop = await buildUnit(app.db, { kind: 'COOPERATIVE' });
    const assoc = await buildUnit(app.db, { kind: 'ASSOCIATION' });
    const worker = await buildPerson(app.db);
    await buildAffiliation(app.db, worker, assoc, { startedOn: '2015-01-01', endedOn: '2019-12-31' });
    await buildAffiliation(app.db, worker, coop, { startedOn: '2020-01-01' });
    const household = await buildHousehold(app.db);
    const decision = await buildDecision(app.db);
    await buildCommendation(app.db, coop, province, { blocId: bloc.id, achievement: 'HTX tỉnh', decisionId: decision.id });
    await buildCommendation(app.db, assoc, local, { blocId: bloc.id, achievement: 'Hội cơ sở', year: 2021 });
    await buildCommendation(app.db, worker, province, { blocId: bloc.id, achievement: 'Xã viên tỉnh', status: 'REVOKED' });
    await buildCommendation(app.db, household, local, { blocId: bloc.id, achievement: 'Hộ cơ sở', kind: 'THEMATIC' });

    expect(achievements(await list(inBloc({ awardLevel: { eq: 'ORGANIZATION' } })))).toEqual(['Hộ cơ sở', 'Hội cơ sở']);
    expect(achievements(await list(inBloc({ awardCategory: { eq: 'FORM' } }))).sort()).toEqual(['HTX tỉnh', 'Xã viên tỉnh']);
    expect(achievements(await list(inBloc({ unitKind: { eq: 'COOPERATIVE' } }))).sort()).toEqual(['HTX tỉnh', 'Xã viên tỉnh']);
    expect(achievements(await list(inBloc({ unitKind: { isNull: true } })))).toEqual(['Hộ cơ sở']);
    expect(achievements(await list(inBloc({ subjectKind: { in: ['INDIVIDUAL', 'HOUSEHOLD'] } }))).sort()).toEqual(['Hộ cơ sở', 'Xã viên tỉnh']);
    expect(achievements(await list(inBloc({ year: { lt: 2022 } })))).toEqual(['Hội cơ sở']);
    expect(achievements(await list(inBloc({ not: { status: { eq: 'REVOKED' } }, kind: { eq: 'MERIT' } }))).sort()).toEqual(['HTX tỉnh', 'Hội cơ sở']);
    expect(achievements(await list(inBloc({ decisionId: { eq: gid(decision) } })))).toEqual(['HTX tỉnh']);
    expect(achievements(await list(inBloc({ personId: { eq: gid(worker) } })))).toEqual(['Xã viên tỉnh']);
    const badId = await app.gql(LIST, inBloc({ unitId: { eq: gid(worker) } }));
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('orders by award rank with stable cursors, and searches without diacritics', async () => {
    const movement = await buildMovement(app.db);
    const scoped = { movementId: { eq: gid(movement) } };
    const unit = await buildUnit(app.db, { name: 'Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng' });
    for (const [rank, achievement] of [
      [10, 'R10'],
      [90, 'R90'],
      [50, 'R50'],
      [70, 'R70'],
    ] as const) {
      await buildCommendation(app.db, unit, await buildAwardType(app.db, { rank }), { movementId: movement.id, achievement });
    }
    const orderBy = [{ field: 'AWARD_RANK', direction: 'DESC' }];
    const page1 = await list({ filter: scoped, orderBy, first: 2 });
    expect(achievements(page1)).toEqual(['R90', 'R70']);
    const page2 = await list({ filter: scoped, orderBy, first: 2, after: page1.pageInfo.endCursor });
    expect(achievements(page2)).toEqual(['R50', 'R10']);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    await buildCommendation(app.db, unit, await buildAwardType(app.db), { movementId: movement.id, achievement: 'Làm tốt công tác an sinh xã hội' });
    expect(achievements(await list({ filter: scoped, search: 'cuu CHIEN binh an sinh' }))).toEqual(['Làm tốt công tác an sinh xã hội']);
    expect((await list({ filter: scoped, search: 'cựu chiến binh' })).totalCount).toBe(5);
  });

  it('lists commendations under their unit, person, decision, bloc, movement and award type', async () => {
    const bloc = await buildBloc(app.db);
    const movement = await buildMovement(app.db);
    const decision = await buildDecision(app.db);
    const awardType = await buildAwardType(app.db, { nameVi: 'Giấy khen' });
    const unit = await buildUnit(app.db);
    const person = await buildPerson(app.db);
    const household = await buildHousehold(app.db);
    const links = { blocId: bloc.id, movementId: movement.id, decisionId: decision.id };
    await buildCommendation(app.db, unit, awardType, { ...links, year: 2021 });
    await buildCommendation(app.db, unit, awardType, { ...links, year: 2022 });
    await buildCommendation(app.db, person, awardType, { ...links, year: 2022 });
    const Q = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename
      ... on Unit { commendations(filter: { year: { eq: 2022 } }) { totalCount } }
      ... on Person { commendations { totalCount } }
      ... on Household { commendations { totalCount } }
      ... on Decision { commendations(first: 1) { totalCount nodes { year } pageInfo { hasNextPage } } }
      ... on Bloc { commendations { totalCount } }
      ... on Movement { commendations(filter: { subjectKind: { eq: INDIVIDUAL } }) { totalCount } }
      ... on AwardType { commendations { totalCount } } } }`;
    const data = ok(await app.gql(Q, { ids: [unit, person, household, decision, bloc, movement, awardType].map(gid) }));
    expect(data.nodes).toEqual([
      { __typename: 'Unit', commendations: { totalCount: 1 } },
      { __typename: 'Person', commendations: { totalCount: 1 } },
      { __typename: 'Household', commendations: { totalCount: 0 } },
      { __typename: 'Decision', commendations: { totalCount: 3, nodes: [{ year: 2022 }], pageInfo: { hasNextPage: true } } },
      { __typename: 'Bloc', commendations: { totalCount: 3 } },
      { __typename: 'Movement', commendations: { totalCount: 1 } },
      { __typename: 'AwardType', commendations: { totalCount: 3 } },
    ]);
    const PAGE = `query($id: ID!, $after: String) { node(id: $id) { ... on Decision { commendations(first: 2, after: $after) {
      nodes { year subjectKind } pageInfo { hasNextPage endCursor } } } } }`;
    const first = ok(await app.gql(PAGE, { id: gid(decision) })).node.commendations;
    const rest = ok(await app.gql(PAGE, { id: gid(decision), after: first.pageInfo.endCursor })).node.commendations;
    expect([...first.nodes, ...rest.nodes].map((n: any) => n.year)).toEqual([2022, 2022, 2021]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('costs the same number of SQL statements for 3 units as for 30 (no N+1)', async () => {
    const area = `Vùng N+1 ${Date.now()}`;
    const awardTypes = [await buildAwardType(app.db), await buildAwardType(app.db)];
    const decisions = [await buildDecision(app.db), await buildDecision(app.db)];
    for (let i = 0; i < 30; i += 1) {
      const unit = await buildUnit(app.db, { area, name: `Đơn vị N+1 ${String(i).padStart(2, '0')}` });
      await buildCommendation(app.db, unit, awardTypes[i % 2]!, { year: 2022, decisionId: decisions[i % 2]!.id });
      await buildCommendation(app.db, unit, awardTypes[(i + 1) % 2]!, { year: 2021 });
    }
    const Q = `query($n: Int!, $area: String!) { units(first: $n, filter: { area: { eq: $area } }) { nodes {
      commendations(filter: { year: { eq: 2022 } }) { totalCount nodes { awardType { nameVi } decision { number } } } } } }`;
    const three = await app.gql(Q, { n: 3, area });
    const thirty = await app.gql(Q, { n: 30, area });
    expect(ok(thirty).units.nodes).toHaveLength(30);
    expect(ok(thirty).units.nodes.every((u: any) => u.commendations.totalCount === 1 && u.commendations.nodes[0].decision)).toBe(true);
    expect(three.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(thirty.extensions?.sqlStatements).toBe(three.extensions?.sqlStatements);
    expect(thirty.extensions?.sqlStatements).toBeLessThanOrEqual(5); // incl. the session lookup
  });
});
