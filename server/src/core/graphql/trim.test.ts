import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildBloc } from '../../modules/bloc/bloc.builders.js';
import { fromGlobalId } from './global-id.js';

/** Text is trimmed once, at the edge, for creates and updates alike; whitespace-only required text is refused on both. */
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id name shortName area note } userErrors { field code } } }`;
const UPDATE_UNIT = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { name shortName area note version } userErrors { field code } } }`;
const UPDATE_BLOC = `mutation($input: UpdateBlocInput!) { updateBloc(input: $input) { bloc { name description } userErrors { field code } } }`;

let app: TestApp;
let board: Gql;
beforeAll(async () => {
  app = await createTestApp();
  board = (await app.loginAs('BOARD_OFFICER')).gql;
});
afterAll(() => app.close());

const storedUnit = async (id: string) =>
  (await app.db.query(`SELECT name, short_name, area, note, version FROM unit WHERE id = $1`, [fromGlobalId(id)!.id]))[0];

describe('text input is trimmed at the edge', () => {
  it('an update stores padded text trimmed, as a create does', async () => {
    const created = ok(
      await board(CREATE_UNIT, { input: { name: '  Hội Cựu chiến binh  ', shortName: ' CCB ', kind: 'ASSOCIATION', note: '\tGhi chú \n' } }),
    ).createUnit;
    expect(created.unit).toMatchObject({ name: 'Hội Cựu chiến binh', shortName: 'CCB', note: 'Ghi chú' });
    const id = gid(await buildUnit(app.db, { name: 'Hội Nông dân' }));
    const updated = ok(
      await board(UPDATE_UNIT, { input: { id, name: '  Hội Nông dân xã  ', shortName: ' HND ', area: ' Hải Phòng ', note: ' Đã sửa ', expectedVersion: 1 } }),
    ).updateUnit;
    expect(updated.userErrors).toEqual([]);
    expect(await storedUnit(id)).toMatchObject({ name: 'Hội Nông dân xã', short_name: 'HND', area: 'Hải Phòng', note: 'Đã sửa' });
  });

  it('a whitespace-only name is refused on update as on create, and nothing is written', async () => {
    const created = ok(await board(CREATE_UNIT, { input: { name: '   ', kind: 'ASSOCIATION' } })).createUnit;
    expect(created).toEqual({ unit: null, userErrors: [{ field: ['name'], code: 'REQUIRED' }] });
    const id = gid(await buildUnit(app.db, { name: 'Hội Doanh nhân trẻ' }));
    const before = await storedUnit(id);
    const updated = ok(await board(UPDATE_UNIT, { input: { id, name: ' \t ', note: 'Không được ghi', expectedVersion: 1 } })).updateUnit;
    expect(updated).toEqual({ unit: null, userErrors: [{ field: ['name'], code: 'REQUIRED' }] });
    expect(await storedUnit(id)).toEqual(before);
  });

  it('whitespace in an optional text clears it on update, as a create stores it: null', async () => {
    const created = ok(await board(CREATE_UNIT, { input: { name: 'Hội Luật gia', shortName: '   ', kind: 'ASSOCIATION' } })).createUnit;
    expect(created.unit.shortName).toBeNull();
    const id = gid(await buildUnit(app.db, { name: 'Hội Khuyến học', shortName: 'HKH' }));
    expect(ok(await board(UPDATE_UNIT, { input: { id, shortName: '  ' } })).updateUnit.unit.shortName).toBeNull();
    expect(await storedUnit(id)).toMatchObject({ short_name: null });
  });

  it('nested and other updates trim too (a bloc)', async () => {
    const bloc = await buildBloc(app.db);
    const updated = ok(await board(UPDATE_BLOC, { input: { id: gid(bloc), name: '  Khối thi đua số 1 ', description: '  Mô tả  ' } })).updateBloc;
    expect(updated).toEqual({ bloc: { name: 'Khối thi đua số 1', description: 'Mô tả' }, userErrors: [] });
    expect(ok(await board(UPDATE_BLOC, { input: { id: gid(bloc), name: '    ' } })).updateBloc.userErrors).toEqual([{ field: ['name'], code: 'REQUIRED' }]);
  });
});
