import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { Commendation } from '../commendation/entities.js';
import { buildAwardType } from './award-type.builders.js';
import { AwardType } from './award-type.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreateAwardTypeInput!) { createAwardType(input: $input) {
  awardType { id code nameVi nameEn category subjectKinds level legalBasis cashMultiplier rank active version } userErrors { field message code } } }`;
const create = async (input: object) => ok(await app.gql(CREATE, { input })).createAwardType;
const flag = {
  nameVi: 'Cờ thi đua của Liên minh HTX',
  nameEn: 'Cooperative Alliance Emulation Flag',
  category: 'TITLE',
  subjectKinds: ['COLLECTIVE'],
  level: 'ORGANIZATION',
};

describe('award types', () => {
  it('creates, reads by id and by code, updates and deletes an award type', async () => {
    const created = await create({ ...flag, code: ' co_lmhtx_tp ', legalBasis: 'Quy chế thi đua của Liên minh HTX thành phố', cashMultiplier: 2.5, rank: 55 });
    expect(created).toEqual({
      awardType: {
        id: expect.any(String),
        code: 'CO_LMHTX_TP',
        ...flag,
        legalBasis: 'Quy chế thi đua của Liên minh HTX thành phố',
        cashMultiplier: 2.5,
        rank: 55,
        active: true,
        version: 1,
      },
      userErrors: [],
    });
    const id = created.awardType.id;
    const read = ok(
      await app.gql(
        `query($id: ID!) { awardType(id: $id) { code } awardTypeByCode(code: "co_lmhtx_tp") { id } missing: awardTypeByCode(code: "KHONG_CO") { id } node(id: $id) { __typename } }`,
        { id },
      ),
    );
    expect(read).toEqual({ awardType: { code: 'CO_LMHTX_TP' }, awardTypeByCode: { id }, missing: null, node: { __typename: 'AwardType' } });

    const UPDATE = `mutation($input: UpdateAwardTypeInput!) { updateAwardType(input: $input) { awardType { nameVi subjectKinds cashMultiplier active version } userErrors { field code } } }`;
    const updated = ok(
      await app.gql(UPDATE, { input: { id, subjectKinds: ['COLLECTIVE', 'INDIVIDUAL'], cashMultiplier: null, active: false } }),
    ).updateAwardType;
    expect(updated).toEqual({
      awardType: { nameVi: flag.nameVi, subjectKinds: ['COLLECTIVE', 'INDIVIDUAL'], cashMultiplier: null, active: false, version: 2 },
      userErrors: [],
    });
    const cleared = ok(await app.gql(UPDATE, { input: { id, nameVi: null, active: null } })).updateAwardType;
    expect(cleared).toEqual({
      awardType: null,
      userErrors: [
        { field: ['nameVi'], code: 'REQUIRED' },
        { field: ['active'], code: 'REQUIRED' },
      ],
    });

    const deleted = ok(await app.gql(`mutation($id: ID!) { deleteAwardType(id: $id) { deletedId userErrors { code } } }`, { id })).deleteAwardType;
    expect(deleted).toEqual({ deletedId: id, userErrors: [] });
    expect(ok(await app.gql(`{ awardTypeByCode(code: "CO_LMHTX_TP") { id } }`)).awardTypeByCode).toBeNull();
  });

  it('refuses a code already taken, whatever its case, and writes nothing', async () => {
    const existing = await buildAwardType(app.db, { code: 'GIAY_KHEN_HOI' });
    const other = await buildAwardType(app.db);
    const before = await app.db.manager.count(AwardType);
    const dup = await create({ ...flag, code: 'giay_khen_hoi' });
    expect(dup).toEqual({
      awardType: null,
      userErrors: [{ field: ['code'], code: 'DUPLICATE', message: `Mã GIAY_KHEN_HOI đã được dùng cho "${existing.nameVi}".` }],
    });
    const renamed = ok(
      await app.gql(`mutation($input: UpdateAwardTypeInput!) { updateAwardType(input: $input) { awardType { id } userErrors { field code } } }`, {
        input: { id: gid(other), code: 'GIAY_KHEN_HOI' },
      }),
    ).updateAwardType;
    expect(renamed).toEqual({ awardType: null, userErrors: [{ field: ['code'], code: 'DUPLICATE' }] });
    expect(await app.db.manager.count(AwardType)).toBe(before);
  });

  it('answers bad input with codes and writes nothing', async () => {
    const before = await app.db.manager.count(AwardType);
    const errors = async (input: object) => (await create({ ...flag, code: 'HOP_LE', ...input })).userErrors.map((e: any) => [e.field.join('.'), e.code]);
    expect(await errors({ code: 'Cờ thi đua' })).toEqual([['code', 'INVALID']]);
    expect(await errors({ code: '' })).toContainEqual(['code', 'REQUIRED']);
    expect(await errors({ nameVi: '  ' })).toEqual([['nameVi', 'REQUIRED']]);
    expect(await errors({ nameEn: 'x'.repeat(301) })).toEqual([['nameEn', 'TOO_LONG']]);
    expect(await errors({ subjectKinds: [] })).toEqual([['subjectKinds', 'REQUIRED']]);
    expect(await errors({ subjectKinds: ['INDIVIDUAL', 'INDIVIDUAL'] })).toEqual([['subjectKinds', 'INVALID']]);
    expect(await errors({ cashMultiplier: -1 })).toEqual([['cashMultiplier', 'OUT_OF_RANGE']]);
    expect(await errors({ rank: 5000 })).toEqual([['rank', 'OUT_OF_RANGE']]);
    const badEnum = await app.gql(CREATE, { input: { ...flag, code: 'HOP_LE', subjectKinds: ['FAMILY'] } });
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.db.manager.count(AwardType)).toBe(before);
  });

  it('filters by subject kind, category, level and active; searches names; sorts by rank', async () => {
    const tag = `L${Date.now()}`;
    await buildAwardType(app.db, {
      code: `${tag}_A`,
      nameVi: 'Bằng khen thử',
      category: 'FORM',
      subjectKinds: ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'],
      level: 'PROVINCE',
      rank: 60,
    });
    await buildAwardType(app.db, {
      code: `${tag}_B`,
      nameVi: 'Cờ thi đua thử',
      nameEn: 'Test Emulation Flag',
      category: 'TITLE',
      subjectKinds: ['COLLECTIVE'],
      level: 'PROVINCE',
      rank: 70,
    });
    await buildAwardType(app.db, {
      code: `${tag}_C`,
      nameVi: 'Lao động tiên tiến thử',
      category: 'TITLE',
      subjectKinds: ['INDIVIDUAL'],
      level: 'ORGANIZATION',
      rank: 20,
    });
    await buildAwardType(app.db, {
      code: `${tag}_D`,
      nameVi: 'Cờ thi đua xuất sắc thử',
      category: 'TITLE',
      subjectKinds: ['COLLECTIVE'],
      level: 'PROVINCE',
      rank: 70,
      active: false,
    });
    const codes = async (filter: object, extra = '') =>
      ok(
        await app.gql(`query($f: AwardTypeFilter) { awardTypes(filter: $f ${extra}) { nodes { code } } }`, {
          f: { and: [{ code: { contains: tag } }, filter] },
        }),
      ).awardTypes.nodes.map((n: any) => n.code.slice(tag.length + 1));
    expect(await codes({})).toEqual(['B', 'D', 'A', 'C']);
    expect(await codes({ subjectKind: { eq: 'HOUSEHOLD' } })).toEqual(['A']);
    expect(await codes({ subjectKind: { eq: 'INDIVIDUAL' } })).toEqual(['A', 'C']);
    expect(await codes({ subjectKind: { in: ['HOUSEHOLD', 'INDIVIDUAL'] } })).toEqual(['A', 'C']);
    expect(await codes({ not: { subjectKind: { eq: 'COLLECTIVE' } } })).toEqual(['C']);
    expect(await codes({ category: { eq: 'TITLE' }, level: { eq: 'PROVINCE' } })).toEqual(['B', 'D']);
    expect(await codes({ category: { eq: 'TITLE' }, active: { eq: true } })).toEqual(['B', 'C']);
    expect(await codes({}, ', search: "co thi dua xuat sac"')).toEqual(['D']);
    expect(await codes({}, ', search: "emulation flag"')).toEqual(['B']);
    expect(await codes({}, ', orderBy: [{ field: CODE, direction: DESC }]')).toEqual(['D', 'C', 'B', 'A']);
    expect(await codes({}, ', orderBy: [{ field: RANK }, { field: CODE }]')).toEqual(['C', 'A', 'B', 'D']);
  });

  it('refuses to delete an award type a commendation grants', async () => {
    const awardType = await buildAwardType(app.db);
    const unit = await buildUnit(app.db);
    await app.db.manager.save(
      app.db.manager.create(Commendation, {
        unitId: unit.id,
        subjectKind: 'COLLECTIVE',
        awardTypeId: awardType.id,
        year: 2019,
        achievement: 'Dẫn đầu Khối thi đua Doanh nghiệp 2',
      }),
    );
    const del = ok(
      await app.gql(`mutation($id: ID!) { deleteAwardType(id: $id) { deletedId userErrors { field code } } }`, { id: gid(awardType) }),
    ).deleteAwardType;
    expect(del).toEqual({ deletedId: null, userErrors: [{ field: ['id'], code: 'IN_USE' }] });
  });
});
