import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { Unit } from './unit.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id name shortName kind area version parent { id } } userErrors { field message code } } }`;

describe('units', () => {
  it('creates, reads, updates and deletes a unit', async () => {
    const parent = await buildUnit(app.db, { name: 'Liên minh Hợp tác xã thành phố', kind: 'COOPERATIVE_ALLIANCE' });
    const created = ok(await app.gql(CREATE, { input: { name: 'Hợp tác xã Bạch Đằng', kind: 'COOPERATIVE', parentId: gid(parent) } })).createUnit;
    expect(created.userErrors).toEqual([]);
    expect(created.unit).toMatchObject({ name: 'Hợp tác xã Bạch Đằng', kind: 'COOPERATIVE', version: 1, parent: { id: gid(parent) } });

    const read = ok(
      await app.gql(`query($id: ID!) { unit(id: $id) { name parent { name children { name } } } node(id: $id) { __typename ... on Unit { name } } }`, {
        id: created.unit.id,
      }),
    );
    expect(read.unit.parent).toEqual({ name: 'Liên minh Hợp tác xã thành phố', children: [{ name: 'Hợp tác xã Bạch Đằng' }] });
    expect(read.node).toEqual({ __typename: 'Unit', name: 'Hợp tác xã Bạch Đằng' });

    const updated = ok(
      await app.gql(`mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { name shortName version } userErrors { code } } }`, {
        input: { id: created.unit.id, shortName: 'HTX Bạch Đằng' },
      }),
    ).updateUnit;
    expect(updated).toEqual({ unit: { name: 'Hợp tác xã Bạch Đằng', shortName: 'HTX Bạch Đằng', version: 2 }, userErrors: [] });

    const deleted = ok(await app.gql(`mutation($id: ID!) { deleteUnit(id: $id) { deletedId userErrors { code } } }`, { id: created.unit.id })).deleteUnit;
    expect(deleted).toEqual({ deletedId: created.unit.id, userErrors: [] });
    expect(ok(await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: created.unit.id })).node).toBeNull();
  });

  it('answers bad input with codes and writes nothing', async () => {
    const before = await app.db.manager.count(Unit);
    const empty = ok(await app.gql(CREATE, { input: { name: '', kind: 'ASSOCIATION' } })).createUnit;
    expect(empty).toEqual({ unit: null, userErrors: [{ field: ['name'], code: 'REQUIRED', message: 'Trường này là bắt buộc.' }] });
    const long = ok(await app.gql(CREATE, { input: { name: 'x'.repeat(301), kind: 'ASSOCIATION' } })).createUnit;
    expect(long.userErrors[0]).toMatchObject({ field: ['name'], code: 'TOO_LONG' });
    const badParent = ok(await app.gql(CREATE, { input: { name: 'Hội A', kind: 'ASSOCIATION', parentId: 'not-an-id' } })).createUnit;
    expect(badParent.userErrors).toEqual([expect.objectContaining({ field: ['parentId'], code: 'NOT_FOUND' })]);
    const badEnum = await app.gql(CREATE, { input: { name: 'Hội A', kind: 'NOPE' } });
    expect(badEnum.status).toBe(400);
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.db.manager.count(Unit)).toBe(before);
  });

  it('refuses to delete a unit still referenced, and to make a unit its own ancestor', async () => {
    const parent = await buildUnit(app.db);
    const child = await buildUnit(app.db, { parentId: parent.id });
    const del = ok(await app.gql(`mutation($id: ID!) { deleteUnit(id: $id) { deletedId userErrors { field code } } }`, { id: gid(parent) })).deleteUnit;
    expect(del).toEqual({ deletedId: null, userErrors: [{ field: ['id'], code: 'IN_USE' }] });
    const cycle = ok(
      await app.gql(`mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { id } userErrors { field code } } }`, {
        input: { id: gid(parent), parentId: gid(child) },
      }),
    ).updateUnit;
    expect(cycle.userErrors).toEqual([{ field: ['parentId'], code: 'CYCLE' }]);
  });

  it('finds units by name without diacritics or case', async () => {
    await buildUnit(app.db, { name: 'Hội Nữ Doanh nhân Hải Phòng' });
    await buildUnit(app.db, { name: 'Hội Doanh nhân trẻ Hải Phòng' });
    const data = ok(await app.gql(`{ units(search: "hoi nu DOANH nhan") { totalCount nodes { name } } }`));
    expect(data.units).toEqual({ totalCount: 1, nodes: [{ name: 'Hội Nữ Doanh nhân Hải Phòng' }] });
  });

  it('pages forwards and backwards with stable cursors', async () => {
    const area = `Vùng ${Date.now()}`;
    for (const name of ['A1', 'A2', 'A3', 'A4', 'A5']) await buildUnit(app.db, { name, area });
    const Q = `query($after: String, $before: String, $first: Int, $last: Int, $area: String) {
      units(first: $first, after: $after, last: $last, before: $before, filter: { area: { eq: $area } }) {
        totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const page1 = ok(await app.gql(Q, { first: 2, area })).units;
    expect(page1.edges.map((e: any) => e.node.name)).toEqual(['A1', 'A2']);
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = ok(await app.gql(Q, { first: 2, after: page1.pageInfo.endCursor, area })).units;
    expect(page2.edges.map((e: any) => e.node.name)).toEqual(['A3', 'A4']);
    const page3 = ok(await app.gql(Q, { first: 2, after: page2.pageInfo.endCursor, area })).units;
    expect(page3.edges.map((e: any) => e.node.name)).toEqual(['A5']);
    expect(page3.pageInfo.hasNextPage).toBe(false);
    const back = ok(await app.gql(Q, { last: 2, before: page3.pageInfo.startCursor, area })).units;
    expect(back.edges.map((e: any) => e.node.name)).toEqual(['A3', 'A4']);
    expect(back.pageInfo.hasPreviousPage).toBe(true);
    expect(back.edges[0].cursor).toBe(page2.edges[0].cursor);
    const tooBig = await app.gql(`{ units(first: 101) { totalCount } }`);
    expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages through every order, one direction (row comparison) or mixed, forwards and backwards, each row once', async () => {
    const area = `Thứ tự ${Date.now()}`;
    const kinds = ['ASSOCIATION', 'COOPERATIVE', 'ASSOCIATION', 'ENTERPRISE', 'COOPERATIVE', 'ASSOCIATION', 'ENTERPRISE'] as const;
    // Two units share a name, so the id tiebreak decides between them.
    for (const [i, kind] of kinds.entries()) await buildUnit(app.db, { name: `Đơn vị ${i % 5}`, kind, area });
    const Q = `query($orderBy: [UnitOrder!], $first: Int, $after: String, $last: Int, $before: String, $area: String) {
      units(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before, filter: { area: { eq: $area } }) {
        nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const orders = [
      [{ field: 'NAME', direction: 'ASC' }],
      [{ field: 'NAME', direction: 'DESC' }],
      [
        { field: 'KIND', direction: 'ASC' },
        { field: 'NAME', direction: 'ASC' },
      ],
      [
        { field: 'KIND', direction: 'ASC' },
        { field: 'NAME', direction: 'DESC' },
      ],
      [
        { field: 'KIND', direction: 'DESC' },
        { field: 'NAME', direction: 'ASC' },
      ],
    ];
    for (const orderBy of orders) {
      const all = ok(await app.gql(Q, { orderBy, first: 100, area })).units.nodes.map((n: any) => n.id);
      expect(all).toHaveLength(kinds.length);
      const forwards: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = ok(await app.gql(Q, { orderBy, first: 2, after, area })).units;
        forwards.push(...page.nodes.map((n: any) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(forwards, JSON.stringify(orderBy)).toEqual(all);
      const backwards: string[] = [];
      let before: string | undefined;
      for (;;) {
        const page = ok(await app.gql(Q, { orderBy, last: 3, before, area })).units;
        backwards.unshift(...page.nodes.map((n: any) => n.id));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backwards, JSON.stringify(orderBy)).toEqual(all);
    }
  });

  it('filters with and/or/not and sorts with a stable tiebreak', async () => {
    const area = `Lọc ${Date.now()}`;
    await buildUnit(app.db, { name: 'B Hợp tác xã', kind: 'COOPERATIVE', area });
    await buildUnit(app.db, { name: 'C Hội', kind: 'ASSOCIATION', area });
    await buildUnit(app.db, { name: 'A Doanh nghiệp', kind: 'ENTERPRISE', area });
    const q = (filter: object, orderBy?: object) =>
      app.gql(`query($filter: UnitFilter, $orderBy: [UnitOrder!]) { units(filter: $filter, orderBy: $orderBy) { nodes { name } } }`, {
        filter: { and: [{ area: { eq: area } }, filter] },
        orderBy,
      });
    expect(ok(await q({ kind: { in: ['COOPERATIVE', 'ENTERPRISE'] } })).units.nodes.map((n: any) => n.name)).toEqual(['A Doanh nghiệp', 'B Hợp tác xã']);
    expect(ok(await q({ or: [{ name: { contains: 'hội' } }, { kind: { eq: 'ENTERPRISE' } }] })).units.nodes).toHaveLength(2);
    expect(ok(await q({ name: { contains: 'HOP TAC' } })).units.nodes.map((n: any) => n.name)).toEqual(['B Hợp tác xã']);
    expect(ok(await q({ not: { kind: { eq: 'ASSOCIATION' } } }, [{ field: 'NAME', direction: 'DESC' }])).units.nodes.map((n: any) => n.name)).toEqual([
      'B Hợp tác xã',
      'A Doanh nghiệp',
    ]);
    expect(ok(await q({ parentId: { isNull: true } })).units.nodes).toHaveLength(3);
  });

  it('records a merger and navigates it both ways', async () => {
    const a = await buildUnit(app.db, { name: 'Xã A' });
    const b = await buildUnit(app.db, { name: 'Xã B' });
    const res = ok(
      await app.gql(
        `mutation($input: RecordUnitLineageInput!) { recordUnitLineage(input: $input) { lineage { kind effectiveOn successor { name } } userErrors { code } } }`,
        { input: { predecessorId: gid(a), successorId: gid(b), kind: 'MERGER', effectiveOn: '2025-07-01' } },
      ),
    ).recordUnitLineage;
    expect(res).toEqual({ lineage: { kind: 'MERGER', effectiveOn: '2025-07-01', successor: { name: 'Xã B' } }, userErrors: [] });
    const nav = ok(await app.gql(`query($id: ID!) { unit(id: $id) { predecessors { predecessor { name } } } }`, { id: gid(b) }));
    expect(nav.unit.predecessors).toEqual([{ predecessor: { name: 'Xã A' } }]);
  });
});
