import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { PersonAffiliation } from './person-affiliation.entity.js';
import { buildAffiliation, buildPerson } from './person.builders.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const ADD = `mutation($input: AddPersonAffiliationInput!) { addPersonAffiliation(input: $input) {
  affiliation { id position startedOn endedOn person { fullName } unit { name } } userErrors { field code message } } }`;
const END = `mutation($input: EndPersonAffiliationInput!) { endPersonAffiliation(input: $input) { affiliation { endedOn } userErrors { field code } } }`;
const names = (conn: { nodes: { fullName: string }[] }) => conn.nodes.map((n) => n.fullName);

describe('person affiliations', () => {
  it('follows a person across units over time', async () => {
    const hoiA = await buildUnit(app.db, { name: 'Hội A' });
    const hoiB = await buildUnit(app.db, { name: 'Hội B' });
    const person = await buildPerson(app.db, { fullName: 'Phạm Văn Minh' });
    const first = ok(
      await app.gql(ADD, { input: { personId: gid(person), unitId: gid(hoiA), position: ' Ủy viên ', startedOn: '2015-03-01' } }),
    ).addPersonAffiliation;
    expect(first).toEqual({
      affiliation: {
        id: expect.any(String),
        position: 'Ủy viên',
        startedOn: '2015-03-01',
        endedOn: null,
        person: { fullName: 'Phạm Văn Minh' },
        unit: { name: 'Hội A' },
      },
      userErrors: [],
    });

    const ended = ok(await app.gql(END, { input: { id: first.affiliation.id, endedOn: '2019-12-31' } })).endPersonAffiliation;
    expect(ended).toEqual({ affiliation: { endedOn: '2019-12-31' }, userErrors: [] });
    const again = ok(await app.gql(END, { input: { id: first.affiliation.id, endedOn: '2020-12-31' } })).endPersonAffiliation;
    expect(again).toEqual({ affiliation: null, userErrors: [{ field: ['id'], code: 'INVALID_STATE' }] });
    ok(await app.gql(ADD, { input: { personId: gid(person), unitId: gid(hoiB), position: 'Phó Chủ tịch', startedOn: '2020-01-01' } }));

    const Q = `query($id: ID!, $a: ID!, $b: ID!) {
      person(id: $id) { unit { name } currentAffiliation { position } affiliations { position startedOn endedOn unit { name } } }
      a: people(filter: { unitId: { eq: $a } }) { nodes { fullName } }
      b: people(filter: { unitId: { eq: $b } }) { nodes { fullName } } }`;
    const data = ok(await app.gql(Q, { id: gid(person), a: gid(hoiA), b: gid(hoiB) }));
    expect(data.person).toEqual({
      unit: { name: 'Hội B' },
      currentAffiliation: { position: 'Phó Chủ tịch' },
      affiliations: [
        { position: 'Phó Chủ tịch', startedOn: '2020-01-01', endedOn: null, unit: { name: 'Hội B' } },
        { position: 'Ủy viên', startedOn: '2015-03-01', endedOn: '2019-12-31', unit: { name: 'Hội A' } },
      ],
    });
    expect(names(data.a)).toEqual([]);
    expect(names(data.b)).toEqual(['Phạm Văn Minh']);
    const unattached = await buildPerson(app.db, { fullName: 'Phạm Văn Minh' });
    const none = ok(await app.gql(`{ people(filter: { fullName: { eq: "Phạm Văn Minh" }, not: { unitId: { isNull: false } } }) { nodes { id } } }`)).people;
    expect(none.nodes).toEqual([{ id: gid(unattached) }]);

    // Coming back to Hội A later is a new period, not an overlap.
    const back = ok(
      await app.gql(ADD, { input: { personId: gid(person), unitId: gid(hoiA), startedOn: '2021-01-01', endedOn: '2021-06-30' } }),
    ).addPersonAffiliation;
    expect(back.userErrors).toEqual([]);
    const del = ok(
      await app.gql(`mutation($id: ID!) { deletePersonAffiliation(id: $id) { deletedId userErrors { code } } }`, { id: back.affiliation.id }),
    ).deletePersonAffiliation;
    expect(del).toEqual({ deletedId: back.affiliation.id, userErrors: [] });
  });

  it('rejects overlapping periods at one unit and dates in the wrong order, writing nothing', async () => {
    const unit = await buildUnit(app.db);
    const person = await buildPerson(app.db);
    await buildAffiliation(app.db, person, unit, { startedOn: '2018-01-01', endedOn: null });
    const before = await app.db.manager.count(PersonAffiliation);
    const add = async (input: object) => ok(await app.gql(ADD, { input: { personId: gid(person), unitId: gid(unit), ...input } })).addPersonAffiliation;
    expect((await add({ startedOn: '2022-01-01' })).userErrors).toEqual([expect.objectContaining({ field: ['unitId'], code: 'DUPLICATE' })]);
    expect((await add({ startedOn: '2010-01-01', endedOn: '2018-01-01' })).userErrors).toEqual([
      expect.objectContaining({ field: ['unitId'], code: 'DUPLICATE' }),
    ]);
    expect((await add({ startedOn: '2010-01-01', endedOn: '2009-01-01' })).userErrors).toEqual([
      expect.objectContaining({ field: ['endedOn'], code: 'OUT_OF_RANGE' }),
    ]);
    expect((await add({ personId: 'x', unitId: 'y' })).userErrors.map((e: any) => e.field[0])).toEqual(['personId', 'unitId']);
    const current = await app.db.manager.findOneByOrFail(PersonAffiliation, { personId: person.id });
    const early = ok(await app.gql(END, { input: { id: gid(current), endedOn: '2017-12-31' } })).endPersonAffiliation;
    expect(early).toEqual({ affiliation: null, userErrors: [{ field: ['endedOn'], code: 'OUT_OF_RANGE' }] });
    expect(await app.db.manager.count(PersonAffiliation)).toBe(before);
    expect((await app.db.manager.findOneByOrFail(PersonAffiliation, { id: current.id })).endedOn).toBeNull();
    // An earlier, closed period at the same unit is fine.
    expect((await add({ startedOn: '2010-01-01', endedOn: '2012-12-31' })).userErrors).toEqual([]);
  });

  it('lists the current people of many units in one request, without a query per unit', async () => {
    const units = [await buildUnit(app.db), await buildUnit(app.db), await buildUnit(app.db)];
    const gone = await buildPerson(app.db, { fullName: 'Đã chuyển đi' });
    await buildAffiliation(app.db, gone, units[0]!, { startedOn: '2010-01-01', endedOn: '2015-01-01' });
    for (const [i, unit] of units.entries()) {
      for (const fullName of ['Hoàng An', 'Hoàng Bình', 'Hoàng Cúc'].slice(0, i + 1))
        await buildAffiliation(app.db, await buildPerson(app.db, { fullName: `${fullName} ${i}` }), unit);
    }
    const ids = units.map(gid);
    const Q = `query($ids: [ID!]!, $first: Int, $search: String) { nodes(ids: $ids) { ... on Unit {
      people(first: $first, search: $search) { totalCount nodes { fullName unit { id } } pageInfo { hasNextPage endCursor } } } } }`;
    const res = await app.gql(Q, { ids, first: 2 });
    const pages = ok(res).nodes.map((u: any) => u.people);
    expect(pages.map((p: any) => p.totalCount)).toEqual([1, 2, 3]);
    expect(pages.map((p: any) => names(p))).toEqual([['Hoàng An 0'], ['Hoàng An 1', 'Hoàng Bình 1'], ['Hoàng An 2', 'Hoàng Bình 2']]);
    expect(pages[2].pageInfo.hasNextPage).toBe(true);
    expect(pages[1].nodes[0].unit.id).toBe(ids[1]);
    // nodes, one page query, one count query, people's affiliations, their units.
    expect(res.extensions?.sqlStatements).toBeLessThanOrEqual(5);

    const next = ok(
      await app.gql(`query($id: ID!, $after: String) { unit(id: $id) { people(first: 2, after: $after) { nodes { fullName } pageInfo { hasNextPage } } } }`, {
        id: ids[2],
        after: pages[2].pageInfo.endCursor,
      }),
    );
    expect(next.unit.people).toEqual({ nodes: [{ fullName: 'Hoàng Cúc 2' }], pageInfo: { hasNextPage: false } });
    const searched = ok(await app.gql(Q, { ids, search: 'hoang binh' })).nodes.map((u: any) => names(u.people));
    expect(searched).toEqual([[], ['Hoàng Bình 1'], ['Hoàng Bình 2']]);
  });

  it('loads people with their affiliations and units in a fixed number of statements', async () => {
    const unit = await buildUnit(app.db);
    const statements = async (count: number) => {
      const tag = `Đếm ${count} ${Date.now()}`;
      const group = await buildUnit(app.db, { name: tag });
      for (let i = 0; i < count; i += 1) {
        const person = await buildPerson(app.db, { fullName: `${tag} ${i}` });
        await buildAffiliation(app.db, person, unit, { endedOn: '2019-01-01' });
        await buildAffiliation(app.db, person, group);
      }
      const res = await app.gql(
        `query($g: ID!) { people(filter: { unitId: { eq: $g } }) { totalCount nodes { unit { name } currentAffiliation { position } affiliations { unit { name } person { fullName } } } } }`,
        { g: gid(group) },
      );
      expect(ok(res).people.totalCount).toBe(count);
      return res.extensions?.sqlStatements;
    };
    expect(await statements(2)).toBe(await statements(6));
  });
});
