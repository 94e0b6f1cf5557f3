import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { Unit } from './unit.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } userErrors { field message code recordId } } }`;
const UPDATE = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { id name } userErrors { field message code recordId } } }`;
const create = async (input: object) => ok(await app.gql(CREATE, { input })).createUnit;
const update = async (input: object) => ok(await app.gql(UPDATE, { input })).updateUnit;

describe('unit names entered twice', () => {
  it('warns of the same name under the same parent and area, ignoring case and diacritics, until confirmed', async () => {
    const parent = await buildUnit(app.db, { name: 'Liên minh Hợp tác xã thành phố Hải Phòng' });
    const existing = await buildUnit(app.db, { name: 'Hợp tác xã Nông nghiệp Đồng Tâm', parentId: parent.id, area: 'Hải Phòng' });
    const base = { name: 'hop tac xa nong nghiep  dong tam', kind: 'COOPERATIVE', parentId: gid(parent), area: 'hải phòng' };
    const before = await app.db.manager.count(Unit);

    expect(await create(base)).toEqual({
      unit: null,
      userErrors: [
        {
          field: ['name'],
          code: 'DUPLICATE',
          message:
            'Đã có đơn vị "Hợp tác xã Nông nghiệp Đồng Tâm" (cùng đơn vị cấp trên, cùng địa bàn Hải Phòng). Nếu đây là một đơn vị khác, hãy xác nhận để vẫn lưu.',
          recordId: gid(existing),
        },
      ],
    });
    expect(await app.db.manager.count(Unit)).toBe(before);

    // Another parent or another area is another unit; a confirmed namesake is saved.
    expect((await create({ ...base, parentId: null })).userErrors).toEqual([]);
    expect((await create({ ...base, area: 'Hà Nội' })).userErrors).toEqual([]);
    expect((await create({ ...base, allowDuplicate: true })).userErrors).toEqual([]);
    expect(await app.db.manager.count(Unit)).toBe(before + 3);
  });

  it('warns when a rename makes a namesake, and not when an existing namesake is edited otherwise', async () => {
    const existing = await buildUnit(app.db, { name: 'Hội Doanh nhân trẻ quận Ngô Quyền' });
    const other = await buildUnit(app.db, { name: 'Hội Doanh nhân quận Ngô Quyền' });
    const renamed = await update({ id: gid(other), name: 'Hội doanh nhân trẻ quận Ngô Quyền' });
    expect(renamed).toEqual({ unit: null, userErrors: [expect.objectContaining({ field: ['name'], code: 'DUPLICATE', recordId: gid(existing) })] });
    expect((await app.db.manager.findOneByOrFail(Unit, { id: other.id })).name).toBe('Hội Doanh nhân quận Ngô Quyền');

    expect((await update({ id: gid(other), name: 'Hội doanh nhân trẻ quận Ngô Quyền', allowDuplicate: true })).userErrors).toEqual([]);
    expect((await update({ id: gid(other), note: 'Đã xác minh: hai hội khác nhau', name: 'Hội doanh nhân trẻ quận Ngô Quyền' })).userErrors).toEqual([]);
    // Writing its own name in other letters is no rename: the namesake is not asked about again.
    expect((await update({ id: gid(existing), name: 'HỘI DOANH NHÂN TRẺ QUẬN NGÔ QUYỀN' })).userErrors).toEqual([]);
  });

  it('lets one of two officers creating the same unit at once through', async () => {
    const officers = await Promise.all([app.loginAs('BOARD_OFFICER'), app.loginAs('BOARD_OFFICER'), app.loginAs('ADMIN')]);
    const input = { name: 'Hội Cựu giáo chức thành phố', kind: 'ASSOCIATION', area: 'Hải Phòng' };
    const results = await Promise.all(officers.map(({ gql }) => gql(CREATE, { input }).then((r) => ok(r).createUnit.userErrors)));
    expect(results.filter((errors) => errors.length === 0)).toHaveLength(1);
    expect(results.flat().map((e: { code: string }) => e.code)).toEqual(['DUPLICATE', 'DUPLICATE']);
    expect(await app.db.manager.countBy(Unit, { name: input.name })).toBe(1);
  });
});
