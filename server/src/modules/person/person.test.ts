import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildAwardType } from '../award-type/award-type.builders.js';
import { Commendation } from '../commendation/entities.js';
import { PersonAffiliation } from './person-affiliation.entity.js';
import { buildAffiliation, buildPerson } from './person.builders.js';
import { Person } from './person.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) {
  person { id fullName gender birthYear version unit { name } currentAffiliation { position startedOn endedOn } affiliations { unit { name } } }
  userErrors { field message code } } }`;

describe('people', () => {
  it('creates a person with a first affiliation, reads, updates and deletes them', async () => {
    const unit = await buildUnit(app.db, { name: 'Hội Doanh nhân trẻ Hải Phòng' });
    const created = ok(
      await app.gql(CREATE, {
        input: { fullName: '  Trần Thị Hoa ', gender: 'FEMALE', birthYear: 1980, unitId: gid(unit), position: 'Chủ tịch Hội', startedOn: '2020-01-15' },
      }),
    ).createPerson;
    expect(created).toEqual({
      person: {
        id: expect.any(String),
        fullName: 'Trần Thị Hoa',
        gender: 'FEMALE',
        birthYear: 1980,
        version: 1,
        unit: { name: 'Hội Doanh nhân trẻ Hải Phòng' },
        currentAffiliation: { position: 'Chủ tịch Hội', startedOn: '2020-01-15', endedOn: null },
        affiliations: [{ unit: { name: 'Hội Doanh nhân trẻ Hải Phòng' } }],
      },
      userErrors: [],
    });
    const id = created.person.id;
    const read = ok(await app.gql(`query($id: ID!) { person(id: $id) { fullName } node(id: $id) { __typename } }`, { id }));
    expect(read).toEqual({ person: { fullName: 'Trần Thị Hoa' }, node: { __typename: 'Person' } });

    const updated = ok(
      await app.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { fullName birthYear note version } userErrors { code } } }`, {
        input: { id, birthYear: null, note: 'Nguồn: bài 000' },
      }),
    ).updatePerson;
    expect(updated).toEqual({ person: { fullName: 'Trần Thị Hoa', birthYear: null, note: 'Nguồn: bài 000', version: 2 }, userErrors: [] });

    const deleted = ok(await app.gql(`mutation($id: ID!) { deletePerson(id: $id) { deletedId userErrors { code } } }`, { id })).deletePerson;
    expect(deleted).toEqual({ deletedId: id, userErrors: [] });
    expect(ok(await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id })).node).toBeNull();
    const missing = await app.gql(`query($id: ID!) { person(id: $id) { id } }`, { id });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers bad input with codes and writes nothing', async () => {
    const counts = async () => [await app.db.manager.count(Person), await app.db.manager.count(PersonAffiliation)];
    const before = await counts();
    const create = async (input: object) => ok(await app.gql(CREATE, { input })).createPerson;
    expect(await create({ fullName: ' ' })).toEqual({
      person: null,
      userErrors: [{ field: ['fullName'], code: 'REQUIRED', message: 'Trường này là bắt buộc.' }],
    });
    expect((await create({ fullName: 'x'.repeat(121) })).userErrors[0]).toMatchObject({ field: ['fullName'], code: 'TOO_LONG' });
    expect((await create({ fullName: 'Cụ Lê', birthYear: 1899 })).userErrors[0]).toMatchObject({ field: ['birthYear'], code: 'OUT_OF_RANGE' });
    expect((await create({ fullName: 'Bé Lê', birthYear: new Date().getFullYear() + 1 })).userErrors[0]).toMatchObject({
      field: ['birthYear'],
      code: 'OUT_OF_RANGE',
    });
    expect((await create({ fullName: 'Lê A', unitId: 'nope' })).userErrors).toEqual([expect.objectContaining({ field: ['unitId'], code: 'NOT_FOUND' })]);
    expect((await create({ fullName: 'Lê B', position: 'Phó Chủ tịch' })).userErrors).toEqual([
      expect.objectContaining({ field: ['unitId'], code: 'REQUIRED' }),
    ]);
    const badGender = await app.gql(CREATE, { input: { fullName: 'Lê C', gender: 'OTHER' } });
    expect(badGender.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const person = await buildPerson(app.db);
    const clear = ok(
      await app.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } userErrors { field code } } }`, {
        input: { id: gid(person), fullName: null },
      }),
    ).updatePerson;
    expect(clear).toEqual({ person: null, userErrors: [{ field: ['fullName'], code: 'REQUIRED' }] });
    expect(await counts()).toEqual([before[0]! + 1, before[1]]);
  });

  it('finds people by name without diacritics or case', async () => {
    const unit = await buildUnit(app.db);
    for (const fullName of ['Nguyễn Văn Hùng', 'NGUYỄN VĂN AN', 'Nguyễn Thị Văn', 'Trần Văn Nguyên', 'Lê Văn Tám', 'Nguyễn Thị Lan'])
      await buildAffiliation(app.db, await buildPerson(app.db, { fullName }), unit);
    const data = ok(
      await app.gql(`query($unit: ID!) { people(search: "nguyen van", filter: { unitId: { eq: $unit } }) { totalCount nodes { fullName } } }`, {
        unit: gid(unit),
      }),
    );
    // Every word must appear; the order of names depends on the database collation, so compare as a set.
    expect(data.people.totalCount).toBe(4);
    expect(data.people.nodes.map((n: any) => n.fullName).sort()).toEqual(['NGUYỄN VĂN AN', 'Nguyễn Thị Văn', 'Nguyễn Văn Hùng', 'Trần Văn Nguyên'].sort());
    const exact = ok(
      await app.gql(`query($unit: ID!) { people(search: "VAN hung", filter: { unitId: { eq: $unit } }) { nodes { fullName } } }`, { unit: gid(unit) }),
    );
    expect(exact.people.nodes).toEqual([{ fullName: 'Nguyễn Văn Hùng' }]);
  });

  it('filters by gender and birth year and sorts by birth year with unknown years last', async () => {
    const unit = await buildUnit(app.db);
    for (const [fullName, gender, birthYear] of [
      ['Ông A', 'MALE', 1970],
      ['Bà B', 'FEMALE', 1965],
      ['Ông C', 'MALE', null],
      ['Ông D', 'MALE', 1990],
    ] as const) {
      await buildAffiliation(app.db, await buildPerson(app.db, { fullName, gender, birthYear }), unit);
    }
    const q = async (filter: object, orderBy?: object) =>
      ok(
        await app.gql(`query($f: PersonFilter, $o: [PersonOrder!]) { people(filter: $f, orderBy: $o) { nodes { fullName } } }`, {
          f: { and: [{ unitId: { eq: gid(unit) } }, filter] },
          o: orderBy,
        }),
      ).people.nodes.map((n: any) => n.fullName);
    expect(await q({ gender: { eq: 'MALE' } }, [{ field: 'BIRTH_YEAR' }])).toEqual(['Ông A', 'Ông D', 'Ông C']);
    expect(await q({ birthYear: { lt: 1980 } }, [{ field: 'BIRTH_YEAR', direction: 'DESC' }])).toEqual(['Ông A', 'Bà B']);
    const page1 = ok(
      await app.gql(
        `query($u: ID!) { people(first: 2, filter: { unitId: { eq: $u } }, orderBy: [{ field: BIRTH_YEAR }]) { pageInfo { endCursor } nodes { fullName } } }`,
        { u: gid(unit) },
      ),
    ).people;
    const page2 = ok(
      await app.gql(
        `query($u: ID!, $after: String) { people(first: 2, after: $after, filter: { unitId: { eq: $u } }, orderBy: [{ field: BIRTH_YEAR }]) { nodes { fullName } } }`,
        { u: gid(unit), after: page1.pageInfo.endCursor },
      ),
    ).people;
    expect([...page1.nodes, ...page2.nodes].map((n: any) => n.fullName)).toEqual(['Bà B', 'Ông A', 'Ông D', 'Ông C']);
  });

  it('refuses to delete a person named in a commendation', async () => {
    const person = await buildPerson(app.db);
    const awardType = await buildAwardType(app.db);
    await app.db.manager.save(
      app.db.manager.create(Commendation, {
        personId: person.id,
        subjectKind: 'INDIVIDUAL',
        awardTypeId: awardType.id,
        year: 2022,
        achievement: 'Hoàn thành xuất sắc nhiệm vụ',
      }),
    );
    const del = ok(await app.gql(`mutation($id: ID!) { deletePerson(id: $id) { deletedId userErrors { field code } } }`, { id: gid(person) })).deletePerson;
    expect(del).toEqual({ deletedId: null, userErrors: [{ field: ['id'], code: 'IN_USE' }] });
  });
});
