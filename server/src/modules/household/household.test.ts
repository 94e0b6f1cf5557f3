import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { gid } from '../../test-support/builders.js';
import { buildAwardType } from '../award-type/award-type.builders.js';
import { Commendation } from '../commendation/entities.js';
import { buildHousehold } from './household.builders.js';
import { Household } from './household.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id name headName address area version } userErrors { field message code } } }`;

describe('households', () => {
  it('creates, reads, updates and deletes a household', async () => {
    const created = ok(
      await app.gql(CREATE, { input: { name: ' Hộ ông Nguyễn Văn Thành ', headName: 'Nguyễn Văn Thành', address: 'Thôn Đông, xã An Lư', area: 'Hải Phòng' } }),
    ).createHousehold;
    expect(created).toEqual({
      household: {
        id: expect.any(String),
        name: 'Hộ ông Nguyễn Văn Thành',
        headName: 'Nguyễn Văn Thành',
        address: 'Thôn Đông, xã An Lư',
        area: 'Hải Phòng',
        version: 1,
      },
      userErrors: [],
    });
    const id = created.household.id;
    const read = ok(await app.gql(`query($id: ID!) { household(id: $id) { name } node(id: $id) { __typename } }`, { id }));
    expect(read).toEqual({ household: { name: 'Hộ ông Nguyễn Văn Thành' }, node: { __typename: 'Household' } });

    const updated = ok(
      await app.gql(
        `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { household { name address area version } userErrors { code } } }`,
        { input: { id, address: null, area: ' Quảng Ninh ' } },
      ),
    ).updateHousehold;
    expect(updated).toEqual({ household: { name: 'Hộ ông Nguyễn Văn Thành', address: null, area: 'Quảng Ninh', version: 2 }, userErrors: [] });

    const deleted = ok(await app.gql(`mutation($id: ID!) { deleteHousehold(id: $id) { deletedId userErrors { code } } }`, { id })).deleteHousehold;
    expect(deleted).toEqual({ deletedId: id, userErrors: [] });
    expect((await app.gql(`query($id: ID!) { household(id: $id) { id } }`, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers bad input with codes and writes nothing', async () => {
    const before = await app.db.manager.count(Household);
    const create = async (input: object) => ok(await app.gql(CREATE, { input })).createHousehold;
    expect(await create({ name: '   ' })).toEqual({ household: null, userErrors: [{ field: ['name'], code: 'REQUIRED', message: 'Trường này là bắt buộc.' }] });
    expect((await create({ name: 'x'.repeat(201) })).userErrors[0]).toMatchObject({ field: ['name'], code: 'TOO_LONG' });
    expect((await create({ name: 'Hộ A', address: 'x'.repeat(301) })).userErrors[0]).toMatchObject({ field: ['address'], code: 'TOO_LONG' });
    const badId = ok(
      await app.gql(`mutation { updateHousehold(input: { id: "nope", name: "B" }) { household { id } userErrors { field code } } }`),
    ).updateHousehold;
    expect(badId).toEqual({ household: null, userErrors: [{ field: ['id'], code: 'NOT_FOUND' }] });
    expect(await app.db.manager.count(Household)).toBe(before);
  });

  it('finds households by name, head or address without diacritics, and filters by area', async () => {
    const area = `Xã ${Date.now()}`;
    await buildHousehold(app.db, { name: 'Hộ bà Lê Thị Đào', headName: 'Lê Thị Đào', address: 'Thôn Trung', area });
    await buildHousehold(app.db, { name: 'Hộ ông Phạm Văn Đức', headName: 'Phạm Văn Đức', address: 'Thôn Đoài', area });
    await buildHousehold(app.db, { name: 'Hộ ông Đỗ Văn Dũng', area: 'Nơi khác' });
    const q = async (args: string) => ok(await app.gql(`query($area: String) { households(${args}) { totalCount nodes { name } } }`, { area })).households;
    expect(await q('search: "le thi dao", filter: { area: { eq: $area } }')).toEqual({ totalCount: 1, nodes: [{ name: 'Hộ bà Lê Thị Đào' }] });
    expect((await q('search: "THON DOAI", filter: { area: { eq: $area } }')).nodes).toEqual([{ name: 'Hộ ông Phạm Văn Đức' }]);
    expect((await q('filter: { area: { eq: $area } }')).totalCount).toBe(2);
    expect((await q('filter: { area: { eq: $area }, name: { contains: "ông" } }')).nodes).toEqual([{ name: 'Hộ ông Phạm Văn Đức' }]);
    const sorted = await q(
      'filter: { or: [{ area: { eq: $area } }, { area: { eq: "Nơi khác" } }] }, orderBy: [{ field: AREA, direction: DESC }, { field: NAME }]',
    );
    expect(sorted.nodes.map((n: any) => n.name)).toHaveLength(3);
    expect(sorted.nodes[2].name).toBe('Hộ ông Đỗ Văn Dũng');
  });

  it('refuses to delete a household named in a commendation', async () => {
    const household = await buildHousehold(app.db);
    const awardType = await buildAwardType(app.db, { subjectKinds: ['HOUSEHOLD'] });
    await app.db.manager.save(
      app.db.manager.create(Commendation, {
        householdId: household.id,
        subjectKind: 'HOUSEHOLD',
        awardTypeId: awardType.id,
        year: 2023,
        achievement: 'Gia đình văn hóa tiêu biểu',
      }),
    );
    const del = ok(
      await app.gql(`mutation($id: ID!) { deleteHousehold(id: $id) { deletedId userErrors { field code } } }`, { id: gid(household) }),
    ).deleteHousehold;
    expect(del).toEqual({ deletedId: null, userErrors: [{ field: ['id'], code: 'IN_USE' }] });
  });
});
