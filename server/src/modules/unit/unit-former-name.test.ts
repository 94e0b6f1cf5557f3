import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const UPDATE = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { name version formerNames { name usedUntil note } } userErrors { field code } } }`;
const ADD = `mutation($input: AddUnitFormerNameInput!) { addUnitFormerName(input: $input) { formerName { id name usedFrom usedUntil version } userErrors { field code message } } }`;
const SEARCH = `query($q: String!) { units(search: $q, first: 10) { nodes { name formerNames { name } } } }`;

describe('former names of a unit', () => {
  it('keeps the old name on a rename, with its date, and finds the unit by either name without diacritics', async () => {
    const unit = await buildUnit(app.db, { name: 'Liên minh Hợp tác xã và Doanh nghiệp Đông Triều', kind: 'COOPERATIVE_ALLIANCE' });
    const renamed = ok(
      await app.gql(UPDATE, {
        input: { id: gid(unit), name: 'Liên minh Hợp tác xã Đông Triều', keepFormerName: true, renamedOn: '2022-06-30', expectedVersion: 1 },
      }),
    ).updateUnit;
    expect(renamed).toEqual({
      unit: {
        name: 'Liên minh Hợp tác xã Đông Triều',
        version: 2,
        formerNames: [{ name: 'Liên minh Hợp tác xã và Doanh nghiệp Đông Triều', usedUntil: '2022-06-30', note: 'Ghi khi đổi tên đơn vị.' }],
      },
      userErrors: [],
    });
    for (const q of ['lien minh hop tac xa va doanh nghiep dong trieu', 'Doanh nghiệp Đông Triều', 'hop tac xa dong trieu']) {
      expect(ok(await app.gql(SEARCH, { q })).units.nodes.map((n: { name: string }) => n.name)).toEqual(['Liên minh Hợp tác xã Đông Triều']);
    }
  });

  it('adds, edits and deletes former names; refuses the current name, a repeat and dates out of order, writing nothing', async () => {
    const unit = await buildUnit(app.db, { name: 'Hội Doanh nhân trẻ Kiến An', kind: 'ASSOCIATION' });
    const added = ok(
      await app.gql(ADD, { input: { unitId: gid(unit), name: 'Câu lạc bộ Doanh nhân trẻ Kiến An', usedFrom: '2010-01-01', usedUntil: '2015-03-31' } }),
    ).addUnitFormerName;
    expect(added).toMatchObject({ formerName: { name: 'Câu lạc bộ Doanh nhân trẻ Kiến An', usedUntil: '2015-03-31', version: 1 }, userErrors: [] });

    const refused = async (input: object) => ok(await app.gql(ADD, { input: { unitId: gid(unit), ...input } })).addUnitFormerName;
    expect((await refused({ name: 'hội doanh nhân trẻ kiến an' })).userErrors).toEqual([expect.objectContaining({ field: ['name'], code: 'INVALID' })]);
    expect((await refused({ name: 'Câu lạc bộ doanh nhân trẻ Kiến An' })).userErrors).toEqual([
      expect.objectContaining({ field: ['name'], code: 'DUPLICATE' }),
    ]);
    expect((await refused({ name: 'Nhóm Doanh nhân Kiến An', usedFrom: '2016-01-01', usedUntil: '2015-01-01' })).userErrors).toEqual([
      expect.objectContaining({ field: ['usedUntil'], code: 'INVALID' }),
    ]);
    expect((await refused({ name: '   ' })).userErrors).toEqual([expect.objectContaining({ field: ['name'], code: 'REQUIRED' })]);
    expect(ok(await app.gql(SEARCH, { q: 'nhom doanh nhan kien an' })).units.nodes).toEqual([]);

    const id = added.formerName.id;
    const edited = ok(
      await app.gql(
        `mutation($input: UpdateUnitFormerNameInput!) { updateUnitFormerName(input: $input) { formerName { name version } userErrors { code } } }`,
        {
          input: { id, name: 'CLB Doanh nhân trẻ Kiến An', expectedVersion: 1 },
        },
      ),
    ).updateUnitFormerName;
    expect(edited).toEqual({ formerName: { name: 'CLB Doanh nhân trẻ Kiến An', version: 2 }, userErrors: [] });
    expect(ok(await app.gql(SEARCH, { q: 'clb doanh nhan' })).units.nodes).toEqual([
      { name: 'Hội Doanh nhân trẻ Kiến An', formerNames: [{ name: 'CLB Doanh nhân trẻ Kiến An' }] },
    ]);
    expect(ok(await app.gql(SEARCH, { q: 'cau lac bo doanh nhan' })).units.nodes).toEqual([]);

    const deleted = ok(await app.gql(`mutation($id: ID!) { deleteUnitFormerName(id: $id, expectedVersion: 2) { deletedId } }`, { id })).deleteUnitFormerName;
    expect(deleted.deletedId).toBe(id);
    expect(ok(await app.gql(SEARCH, { q: 'clb doanh nhan' })).units.nodes).toEqual([]);
  });
});
