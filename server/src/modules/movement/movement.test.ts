import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildCovenant, buildCriterion } from '../covenant/covenant.builders.js';
import { LINKS, replaceLinks } from '../covenant/index.js';
import { Decision } from '../decision/entities.js';
import { buildMovement } from './movement.builders.js';
import { Movement } from './movement.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const FIELDS = `id name slogan kind scope status launchedBy launchDocument launchedOn startYear endYear goals version
  parent { name } organizerUnit { name } launchDecision { number }`;
const CREATE = `mutation($input: CreateMovementInput!) { createMovement(input: $input) { movement { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateMovementInput!) { updateMovement(input: $input) { movement { ${FIELDS} } userErrors { field code } } }`;

describe('movements', () => {
  it('creates, reads, updates and deletes a movement', async () => {
    const national = await buildMovement(app.db, { name: 'Doanh nghiệp Việt Nam hội nhập và phát triển', scope: 'NATIONAL' });
    const alliance = await buildUnit(app.db, { name: 'Liên minh Hợp tác xã thành phố Hải Phòng', kind: 'COOPERATIVE_ALLIANCE' });
    const decision = await app.db.manager.save(
      app.db.manager.create(Decision, { number: `12/KH-${Date.now()}`, issuer: 'Liên minh HTX', issuerLevel: 'PROVINCE', subject: 'Phát động thi đua 2021' }),
    );
    const input = {
      name: 'Phong trào thi đua năm 2021 của Liên minh HTX',
      slogan: 'Đoàn kết, sáng tạo',
      kind: 'CAMPAIGN',
      scope: 'ORGANIZATION',
      launchedBy: 'Liên minh Hợp tác xã thành phố',
      launchedOn: '2021-04-02',
      startYear: 2021,
      endYear: 2021,
      parentId: gid(national),
      organizerUnitId: gid(alliance),
      launchDecisionId: gid(decision),
      goals: ['Nhiệm vụ 1', 'Nhiệm vụ 2', 'Nhiệm vụ 3'],
    };
    const created = ok(await app.gql(CREATE, { input })).createMovement;
    expect(created.userErrors).toEqual([]);
    expect(created.movement).toMatchObject({
      name: input.name,
      kind: 'CAMPAIGN',
      status: 'DRAFT',
      goals: input.goals,
      version: 1,
      parent: { name: national.name },
      organizerUnit: { name: alliance.name },
      launchDecision: { number: decision.number },
    });
    const id = created.movement.id;

    const read = ok(await app.gql(`query($id: ID!) { movement(id: $id) { name children { name } } node(id: $id) { __typename } }`, { id: gid(national) }));
    expect(read).toEqual({ movement: { name: national.name, children: [{ name: input.name }] }, node: { __typename: 'Movement' } });

    const updated = ok(await app.gql(UPDATE, { input: { id, goals: ['Nhiệm vụ 2', 'Nhiệm vụ mới'], parentId: null } })).updateMovement;
    expect(updated.userErrors).toEqual([]);
    expect(updated.movement).toMatchObject({ goals: ['Nhiệm vụ 2', 'Nhiệm vụ mới'], status: 'DRAFT', parent: null, slogan: 'Đoàn kết, sáng tạo', version: 2 });

    const deleted = ok(await app.gql(`mutation($id: ID!) { deleteMovement(id: $id) { deletedId userErrors { code } } }`, { id })).deleteMovement;
    expect(deleted).toEqual({ deletedId: id, userErrors: [] });
    expect(ok(await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id })).node).toBeNull();
  });

  it('answers bad input with codes and writes nothing', async () => {
    const before = await app.db.manager.count(Movement);
    const base = { name: 'Chuyển đổi số', kind: 'THEMATIC', scope: 'PROVINCE' };
    const period = ok(await app.gql(CREATE, { input: { ...base, startYear: 2025, endYear: 2021 } })).createMovement;
    expect(period.userErrors).toEqual([{ field: ['endYear'], code: 'OUT_OF_RANGE', message: 'Năm kết thúc không được trước năm bắt đầu.' }]);
    const goals = ok(await app.gql(CREATE, { input: { ...base, goals: ['Một', '  '] } })).createMovement;
    expect(goals.userErrors).toEqual([expect.objectContaining({ field: ['goals', '1'], code: 'REQUIRED' })]);
    const year = ok(await app.gql(CREATE, { input: { ...base, startYear: 1800 } })).createMovement;
    expect(year.userErrors).toEqual([expect.objectContaining({ field: ['startYear'], code: 'OUT_OF_RANGE' })]);
    const refs = ok(await app.gql(CREATE, { input: { ...base, parentId: 'x', organizerUnitId: 'y' } })).createMovement;
    expect(refs.userErrors.map((e: { field: string[] }) => e.field[0])).toEqual(['parentId', 'organizerUnitId']);
    expect(await app.db.manager.count(Movement)).toBe(before);

    const parent = await buildMovement(app.db);
    const child = await buildMovement(app.db, { parentId: parent.id });
    const cycle = ok(await app.gql(UPDATE, { input: { id: gid(parent), parentId: gid(child) } })).updateMovement;
    expect(cycle.userErrors).toEqual([{ field: ['parentId'], code: 'CYCLE' }]);
    const inUse = ok(
      await app.gql(`mutation($id: ID!) { deleteMovement(id: $id) { deletedId userErrors { field code } } }`, { id: gid(parent) }),
    ).deleteMovement;
    expect(inUse).toEqual({ deletedId: null, userErrors: [{ field: ['id'], code: 'IN_USE' }] });
  });

  it('filters, searches, sorts (empty launch dates first) and pages', async () => {
    const tag = `Lọc ${Date.now()}`;
    await buildMovement(app.db, {
      name: `${tag} Nông thôn mới`,
      scope: 'NATIONAL',
      launchedOn: '2010-06-01',
      startYear: 2021,
      endYear: 2025,
      launchedBy: 'Thủ tướng Chính phủ',
    });
    await buildMovement(app.db, { name: `${tag} Chuyển đổi số`, kind: 'THEMATIC', launchedOn: '2022-03-15', startYear: 2022 });
    await buildMovement(app.db, { name: `${tag} Dự thảo`, status: 'DRAFT' });
    const q = async (filter: object, extra: Record<string, unknown> = {}) =>
      ok(
        await app.gql(
          `query($filter: MovementFilter, $orderBy: [MovementOrder!], $first: Int, $after: String, $search: String) {
            movements(filter: $filter, orderBy: $orderBy, first: $first, after: $after, search: $search) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`,
          { filter: { and: [{ name: { contains: tag } }, filter] }, ...extra },
        ),
      ).movements;
    const names = (c: { nodes: { name: string }[] }) => c.nodes.map((n) => n.name.slice(tag.length + 1));
    expect(names(await q({}))).toEqual(['Chuyển đổi số', 'Dự thảo', 'Nông thôn mới']);
    expect(names(await q({ scope: { eq: 'NATIONAL' } }))).toEqual(['Nông thôn mới']);
    expect(names(await q({ kind: { in: ['THEMATIC'] }, startYear: { gte: 2022 } }))).toEqual(['Chuyển đổi số']);
    expect(names(await q({ endYear: { isNull: false }, launchedBy: { contains: 'thủ tướng' } }))).toEqual(['Nông thôn mới']);
    expect(names(await q({}, { search: 'chuyen DOI so' }))).toEqual(['Chuyển đổi số']);

    const byLaunch = { orderBy: [{ field: 'LAUNCHED_ON', direction: 'ASC' }] };
    const page1 = await q({}, { ...byLaunch, first: 2 });
    expect(names(page1)).toEqual(['Dự thảo', 'Nông thôn mới']);
    const page2 = await q({}, { ...byLaunch, first: 2, after: page1.pageInfo.endCursor });
    expect(names(page2)).toEqual(['Chuyển đổi số']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const desc = await q({}, { orderBy: [{ field: 'START_YEAR', direction: 'DESC' }], first: 1 });
    expect(names(desc)).toEqual(['Chuyển đổi số']);
    const rest = await q({}, { orderBy: [{ field: 'START_YEAR', direction: 'DESC' }], first: 5, after: desc.pageInfo.endCursor });
    expect(names(rest)).toEqual(['Nông thôn mới', 'Dự thảo']);
  });

  it('lists the covenant criteria and covenants that point at a movement', async () => {
    const movement = await buildMovement(app.db, { name: 'Cả nước chung sức xây dựng nông thôn mới' });
    const other = await buildMovement(app.db);
    const older = await buildCovenant(app.db, { year: 2022 });
    const newer = await buildCovenant(app.db, { year: 2023 });
    await buildCriterion(app.db, older, { title: 'Tiêu chí 2022', movementIds: [movement.id] });
    await buildCriterion(app.db, newer, { title: 'Không liên quan', movementIds: [other.id] });
    await buildCriterion(app.db, newer, { title: 'Tiêu chí 2023', movementIds: [movement.id, other.id] });
    await replaceLinks(app.db.manager, LINKS.covenantMovement, newer.id, [movement.id]);
    const data = ok(
      await app.gql(`query($id: ID!) { movement(id: $id) { criteria { title number covenant { year } } covenants { year } } }`, { id: gid(movement) }),
    );
    expect(data.movement).toEqual({
      criteria: [
        { title: 'Tiêu chí 2023', number: '2', covenant: { year: 2023 } },
        { title: 'Tiêu chí 2022', number: '1', covenant: { year: 2022 } },
      ],
      covenants: [{ year: 2023 }],
    });
  });
});
