import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildCovenant } from '../../modules/covenant/covenant.builders.js';
import { buildMovement } from '../../modules/movement/movement.builders.js';
import { fromGlobalId } from '../graphql/global-id.js';

const UPDATE = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) {
  unit { id name shortName area version }
  userErrors { field code }
  conflict { kind currentVersion changedBy fields { field base theirs yours } current { id ... on Unit { name shortName version } } } } }`;
const DELETE = `mutation($id: ID!, $v: Int) { deleteUnit(id: $id, expectedVersion: $v) {
  deletedId userErrors { field code }
  conflict { kind currentVersion changedBy fields { field base theirs yours } current { id } } } }`;

let app: TestApp;
let alice: Gql;
let bob: Gql;
let unitId: string;
beforeAll(async () => {
  app = await createTestApp();
  alice = (await app.loginAs('BOARD_OFFICER')).gql;
  bob = (await app.loginAs('BOARD_OFFICER')).gql;
});
afterAll(() => app.close());
beforeEach(async () => {
  unitId = gid(await buildUnit(app.db, { name: 'Hội Nông dân xã', shortName: 'HND', area: 'Hải Phòng' }));
});

const update = async (gql: Gql, input: Record<string, unknown>) => ok(await gql(UPDATE, { input: { id: unitId, ...input } })).updateUnit;
const remove = async (gql: Gql, v?: number) => ok(await gql(DELETE, { id: unitId, v })).deleteUnit;
const rowId = () => fromGlobalId(unitId)!.id;
const events = async () => (await app.db.query(`SELECT count(*)::int AS n FROM change_event WHERE entity_id = $1`, [rowId()]))[0].n as number;
const stored = async () => (await app.db.query(`SELECT name, short_name, area, version FROM unit WHERE id = $1`, [rowId()]))[0];

describe('versions and conflicts', () => {
  it('same field: the second writer gets base, theirs and yours, and nothing is written', async () => {
    expect((await update(alice, { name: 'Hội Nông dân xã An Lư', expectedVersion: 1 })).unit.version).toBe(2);
    const before = await events();
    const answer = await update(bob, { name: 'Hội Nông dân An Lư', area: 'Thủy Nguyên', expectedVersion: 1 });
    expect(answer.unit).toBeNull();
    expect(answer.userErrors).toEqual([{ field: ['expectedVersion'], code: 'CONFLICT' }]);
    expect(answer.conflict).toMatchObject({
      kind: 'EDITED',
      currentVersion: 2,
      fields: [{ field: 'name', base: 'Hội Nông dân xã', theirs: 'Hội Nông dân xã An Lư', yours: 'Hội Nông dân An Lư' }],
      current: { id: unitId, name: 'Hội Nông dân xã An Lư', version: 2 },
    });
    expect(answer.conflict.changedBy).toHaveLength(1);
    // Not even the non-conflicting area was written: all or nothing.
    expect(await stored()).toMatchObject({ name: 'Hội Nông dân xã An Lư', area: 'Hải Phòng', version: 2 });
    expect(await events()).toBe(before);

    // Resolving: resend with the current version and the fields kept as mine.
    const merged = await update(bob, { name: 'Hội Nông dân An Lư', area: 'Thủy Nguyên', expectedVersion: answer.conflict.currentVersion });
    expect(merged.unit).toMatchObject({ name: 'Hội Nông dân An Lư', area: 'Thủy Nguyên', version: 3 });
  });

  it('different fields: both are kept and the version moves on', async () => {
    await update(alice, { name: 'Hội Nông dân xã Lưu Kiếm', expectedVersion: 1 });
    const answer = await update(bob, { shortName: 'HND Lưu Kiếm', expectedVersion: 1 });
    expect(answer.conflict).toBeNull();
    expect(answer.unit).toMatchObject({ name: 'Hội Nông dân xã Lưu Kiếm', shortName: 'HND Lưu Kiếm', version: 3 });
  });

  it('a field sent unchanged from the version seen keeps their change (a client sending the whole record)', async () => {
    await update(alice, { name: 'Hội Nông dân xã Đại Hợp', expectedVersion: 1 });
    const answer = await update(bob, { name: 'Hội Nông dân xã', shortName: 'HND', area: 'Kiến Thụy', expectedVersion: 1 });
    expect(answer.conflict).toBeNull();
    expect(answer.unit).toMatchObject({ name: 'Hội Nông dân xã Đại Hợp', shortName: 'HND', area: 'Kiến Thụy', version: 3 });
  });

  it('the same change made by both is not a conflict', async () => {
    await update(alice, { area: 'Thủy Nguyên', expectedVersion: 1 });
    const answer = await update(bob, { area: 'Thủy Nguyên', shortName: 'HND-TN', expectedVersion: 1 });
    expect(answer.conflict).toBeNull();
    expect(answer.unit).toMatchObject({ area: 'Thủy Nguyên', shortName: 'HND-TN' });
  });

  it('delete against edit: deleting a record changed since is refused with what changed', async () => {
    await update(alice, { shortName: 'HND mới', expectedVersion: 1 });
    const refused = await remove(bob, 1);
    expect(refused.deletedId).toBeNull();
    expect(refused.conflict).toMatchObject({
      kind: 'EDITED_BEFORE_DELETE',
      currentVersion: 2,
      fields: [{ field: 'shortName', base: 'HND', theirs: 'HND mới', yours: null }],
    });
    expect(await stored()).toMatchObject({ short_name: 'HND mới' });
    expect((await remove(bob, 2)).deletedId).toBe(unitId);
    expect(await stored()).toBeUndefined();
  });

  it('edit against delete: editing (or deleting) a deleted record is a DELETED conflict and recreates nothing', async () => {
    await update(alice, { area: 'Kiến Thụy', expectedVersion: 1 });
    expect((await remove(alice, 2)).deletedId).toBe(unitId);
    const answer = await update(bob, { name: 'Tên mới', expectedVersion: 1 });
    expect(answer.conflict).toMatchObject({
      kind: 'DELETED',
      current: null,
      currentVersion: null,
      fields: [{ field: 'name', base: 'Hội Nông dân xã', theirs: null, yours: 'Tên mới' }],
    });
    expect(answer.userErrors).toEqual([{ field: ['expectedVersion'], code: 'CONFLICT' }]);
    expect((await remove(bob, 1)).conflict).toMatchObject({ kind: 'DELETED', fields: [] });
    expect(await stored()).toBeUndefined();
    // Without a version there is nothing to compare with: the record is simply not there.
    expect((await update(bob, { name: 'x' })).userErrors).toEqual([{ field: ['id'], code: 'NOT_FOUND' }]);
  });

  it('without expectedVersion the update applies to the locked row; a version from the future is invalid', async () => {
    await update(alice, { name: 'A', expectedVersion: 1 });
    expect((await update(bob, { name: 'B' })).unit).toMatchObject({ name: 'B', version: 3 });
    expect((await update(bob, { name: 'C', expectedVersion: 9 })).userErrors).toEqual([{ field: ['expectedVersion'], code: 'INVALID' }]);
    expect(await stored()).toMatchObject({ name: 'B', version: 3 });
  });

  it('links conflict like fields: two officers relinking the movements of a covenant', async () => {
    const [m1, m2] = [gid(await buildMovement(app.db)), gid(await buildMovement(app.db))];
    const id = gid(await buildCovenant(app.db));
    const UPDATE_COVENANT = `mutation($input: UpdateCovenantInput!) { updateCovenant(input: $input) { covenant { version } userErrors { field code } conflict { kind fields { field base theirs yours } } } }`;
    const first = ok(await alice(UPDATE_COVENANT, { input: { id, movementIds: [m1], expectedVersion: 1 } })).updateCovenant;
    expect(first).toMatchObject({ userErrors: [], conflict: null });
    const answer = ok(await bob(UPDATE_COVENANT, { input: { id, movementIds: [m2], expectedVersion: 1 } })).updateCovenant;
    expect(answer.conflict).toMatchObject({ kind: 'EDITED', fields: [{ field: 'movementIds', base: [], theirs: [m1], yours: [m2] }] });
  });
});
