import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { Decision } from '../decision/entities.js';
import { addMember, buildBloc, setRole } from './bloc.builders.js';
import { Bloc } from './bloc.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const FIELDS = 'id name code kind level area description version parent { id } foundingDecision { number } ownerUnit { name }';
const CREATE = `mutation($input: CreateBlocInput!) { createBloc(input: $input) { bloc { ${FIELDS} } userErrors { field message code } } }`;
const UPDATE = `mutation($input: UpdateBlocInput!) { updateBloc(input: $input) { bloc { ${FIELDS} } userErrors { field code } } }`;
const DELETE = `mutation($id: ID!) { deleteBloc(id: $id) { deletedId userErrors { field code } } }`;

describe('blocs', () => {
  it('creates, reads, updates and deletes a bloc', async () => {
    const decision = await app.db.manager.save(
      app.db.manager.create(Decision, {
        number: '889/QĐ-UBND',
        issuedOn: '2022-03-31',
        issuer: `UBND thành phố Hải Phòng ${Date.now()}`,
        issuerLevel: 'PROVINCE',
        subject: 'Về việc tổ chức các Cụm, Khối thi đua',
      }),
    );
    const alliance = await buildUnit(app.db, { name: 'Liên minh Hợp tác xã thành phố Hải Phòng', kind: 'COOPERATIVE_ALLIANCE' });
    const parent = await buildBloc(app.db, { name: 'Cụm các khối doanh nghiệp' });
    const input = {
      name: '  Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố ',
      code: 'KTD-LHH-DN',
      kind: 'BLOC',
      level: 'PROVINCE',
      area: 'Hải Phòng',
      parentId: gid(parent),
      foundingDecisionId: gid(decision),
      ownerUnitId: gid(alliance),
    };
    const created = ok(await app.gql(CREATE, { input })).createBloc;
    expect(created.userErrors).toEqual([]);
    expect(created.bloc).toMatchObject({
      name: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố',
      code: 'KTD-LHH-DN',
      version: 1,
      parent: { id: gid(parent) },
      foundingDecision: { number: '889/QĐ-UBND' },
      ownerUnit: { name: 'Liên minh Hợp tác xã thành phố Hải Phòng' },
    });

    const read = ok(
      await app.gql(`query($id: ID!) { bloc(id: $id) { name parent { children { code } } } node(id: $id) { __typename } }`, { id: created.bloc.id }),
    );
    expect(read).toEqual({ bloc: { name: created.bloc.name, parent: { children: [{ code: 'KTD-LHH-DN' }] } }, node: { __typename: 'Bloc' } });

    const updated = ok(
      await app.gql(UPDATE, { input: { id: created.bloc.id, kind: 'CLUSTER', parentId: null, description: 'Hiệp hội, hội doanh nghiệp' } }),
    ).updateBloc;
    expect(updated.userErrors).toEqual([]);
    expect(updated.bloc).toMatchObject({ kind: 'CLUSTER', parent: null, description: 'Hiệp hội, hội doanh nghiệp', code: 'KTD-LHH-DN', version: 2 });

    const deleted = ok(await app.gql(DELETE, { id: created.bloc.id })).deleteBloc;
    expect(deleted).toEqual({ deletedId: created.bloc.id, userErrors: [] });
    const gone = await app.gql(`query($id: ID!) { bloc(id: $id) { id } }`, { id: created.bloc.id });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers bad input, duplicate codes and unknown references with user errors and writes nothing', async () => {
    const existing = await buildBloc(app.db);
    const before = await app.db.manager.count(Bloc);
    const base = { name: 'Khối A', code: 'KA', kind: 'BLOC', level: 'PROVINCE' };
    const blank = ok(await app.gql(CREATE, { input: { ...base, name: '   ' } })).createBloc;
    expect(blank).toEqual({ bloc: null, userErrors: [{ field: ['name'], code: 'REQUIRED', message: 'Trường này là bắt buộc.' }] });
    const empty = ok(await app.gql(CREATE, { input: { ...base, code: 'KB', name: '' } })).createBloc;
    expect(empty).toEqual({ bloc: null, userErrors: [{ field: ['name'], code: 'REQUIRED', message: 'Trường này là bắt buộc.' }] });
    const long = ok(await app.gql(CREATE, { input: { ...base, code: 'x'.repeat(61) } })).createBloc;
    expect(long.userErrors).toEqual([expect.objectContaining({ field: ['code'], code: 'TOO_LONG' })]);
    // A duplicate code names the bloc that has it, and gives its ID for a link.
    const WITH_RECORD = `mutation($input: CreateBlocInput!) { createBloc(input: $input) { bloc { id } userErrors { field code message recordId } } }`;
    const duplicate = ok(await app.gql(WITH_RECORD, { input: { ...base, code: existing.code } })).createBloc;
    const named = {
      field: ['code'],
      code: 'DUPLICATE',
      message: `Trùng với khối, cụm thi đua mã ${existing.code} "${existing.name}" đã có.`,
      recordId: gid(existing),
    };
    expect(duplicate).toEqual({ bloc: null, userErrors: [named] });
    const other = await buildBloc(app.db);
    const UPDATE_CODE = `mutation($input: UpdateBlocInput!) { updateBloc(input: $input) { bloc { id } userErrors { field code message recordId } } }`;
    expect(ok(await app.gql(UPDATE_CODE, { input: { id: gid(other), code: existing.code } })).updateBloc).toEqual({ bloc: null, userErrors: [named] });
    const badRefs = ok(await app.gql(CREATE, { input: { ...base, code: 'KC', parentId: gid(await buildUnit(app.db)), ownerUnitId: 'nope' } })).createBloc;
    expect(badRefs.userErrors.map((e: any) => [e.field[0], e.code])).toEqual([
      ['parentId', 'NOT_FOUND'],
      ['ownerUnitId', 'NOT_FOUND'],
    ]);
    expect(await app.db.manager.count(Bloc)).toBe(before + 1);
    expect((await app.db.manager.findOneByOrFail(Bloc, { id: other.id })).code).toBe(other.code);
  });

  it('refuses to clear required fields, to make a cycle, and to delete a bloc with child blocs', async () => {
    const parent = await buildBloc(app.db);
    const child = await buildBloc(app.db, { parentId: parent.id });
    const cleared = ok(await app.gql(UPDATE, { input: { id: gid(parent), name: null, level: null } })).updateBloc;
    expect(cleared.userErrors).toEqual([
      { field: ['name'], code: 'REQUIRED' },
      { field: ['level'], code: 'REQUIRED' },
    ]);
    const cycle = ok(await app.gql(UPDATE, { input: { id: gid(parent), parentId: gid(child) } })).updateBloc;
    expect(cycle.userErrors).toEqual([{ field: ['parentId'], code: 'CYCLE' }]);
    const del = ok(await app.gql(DELETE, { id: gid(parent) })).deleteBloc;
    expect(del).toEqual({ deletedId: null, userErrors: [{ field: ['id'], code: 'IN_USE' }] });
    const wrongType = ok(await app.gql(DELETE, { id: gid(await buildUnit(app.db)) })).deleteBloc;
    expect(wrongType.userErrors).toEqual([{ field: ['id'], code: 'NOT_FOUND' }]);
  });

  it('filters by kind, level, references and member unit, and searches without diacritics', async () => {
    const area = `Lọc ${Date.now()}`;
    const unit = await buildUnit(app.db);
    const owner = await buildUnit(app.db);
    const a = await buildBloc(app.db, { name: 'Khối Doanh nghiệp 2', kind: 'BLOC', level: 'PROVINCE', area });
    const b = await buildBloc(app.db, { name: 'Cụm thi đua các huyện', kind: 'CLUSTER', level: 'PROVINCE', area, parentId: a.id });
    const c = await buildBloc(app.db, { name: 'Khối Các hội đặc thù', kind: 'BLOC', level: 'ORGANIZATION', area, ownerUnitId: owner.id });
    await addMember(app.db, a, unit, 2019, 2020);
    await addMember(app.db, c, unit, 2023);
    const names = async (filter: object, extra = '') =>
      ok(
        await app.gql(`query($filter: BlocFilter) { blocs(filter: $filter${extra}) { totalCount nodes { name } } }`, {
          filter: { and: [{ area: { eq: area } }, filter] },
        }),
      ).blocs.nodes.map((n: any) => n.name);
    expect(await names({ kind: { eq: 'BLOC' } })).toEqual(['Khối Các hội đặc thù', 'Khối Doanh nghiệp 2']);
    expect(await names({ level: { in: ['ORGANIZATION'] } })).toEqual(['Khối Các hội đặc thù']);
    expect(await names({ parentId: { eq: gid(a) } })).toEqual(['Cụm thi đua các huyện']);
    expect(await names({ ownerUnitId: { eq: gid(owner) } })).toEqual(['Khối Các hội đặc thù']);
    expect(await names({ memberUnitId: { eq: gid(unit) } })).toEqual(['Khối Các hội đặc thù', 'Khối Doanh nghiệp 2']);
    expect(await names({ not: { memberUnitId: { eq: gid(unit) } } })).toEqual(['Cụm thi đua các huyện']);
    expect(await names({ code: { eq: b.code } })).toEqual(['Cụm thi đua các huyện']);
    expect(await names({ foundingDecisionId: { isNull: false } })).toEqual([]);
    expect(await names({}, ', search: "khoi CAC hoi dac thu"')).toEqual(['Khối Các hội đặc thù']);
    expect(await names({}, `, search: "${c.code.toLowerCase()}"`)).toEqual(['Khối Các hội đặc thù']);
    const badId = await app.gql(`query($f: BlocFilter) { blocs(filter: $f) { totalCount } }`, { f: { memberUnitId: { eq: gid(a) } } });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds the blocs without a head in a year, alone or combined with other filters', async () => {
    const area = `Trưởng khối ${Date.now()}`;
    const head = await buildUnit(app.db);
    const headed = await buildBloc(app.db, { name: 'Khối có trưởng khối 2024', area });
    const deputyOnly = await buildBloc(app.db, { name: 'Khối chỉ có phó khối 2024', area });
    const headedEarlier = await buildBloc(app.db, { name: 'Khối có trưởng khối 2023', area });
    await setRole(app.db, headed, 2024, 'HEAD', head);
    await setRole(app.db, deputyOnly, 2024, 'DEPUTY', head);
    await setRole(app.db, headedEarlier, 2023, 'HEAD', head);
    const names = async (filter: object) =>
      ok(
        await app.gql(`query($filter: BlocFilter) { blocs(filter: $filter) { totalCount nodes { name } } }`, {
          filter: { and: [{ area: { eq: area } }, filter] },
        }),
      ).blocs;
    expect(await names({ withoutHeadInYear: { eq: 2024 } })).toEqual({
      totalCount: 2,
      nodes: [{ name: 'Khối chỉ có phó khối 2024' }, { name: 'Khối có trưởng khối 2023' }],
    });
    expect((await names({ withoutHeadInYear: { eq: 2023 } })).nodes).toEqual([{ name: 'Khối chỉ có phó khối 2024' }, { name: 'Khối có trưởng khối 2024' }]);
    expect((await names({ withoutHeadInYear: { in: [2023, 2024] } })).nodes).toEqual([{ name: 'Khối chỉ có phó khối 2024' }]);
    expect((await names({ not: { withoutHeadInYear: { eq: 2024 } } })).nodes).toEqual([{ name: 'Khối có trưởng khối 2024' }]);
    expect((await names({ withoutHeadInYear: { eq: 2024 }, name: { contains: 'phó' } })).nodes).toEqual([{ name: 'Khối chỉ có phó khối 2024' }]);
  });

  it('pages forwards and backwards and sorts by code', async () => {
    const area = `Trang ${Date.now()}`;
    for (const [name, code] of [
      ['B1', 'Z1'],
      ['B2', 'Y2'],
      ['B3', 'X3'],
      ['B4', 'W4'],
      ['B5', 'V5'],
    ])
      await buildBloc(app.db, { name, code: `${code}-${area}`, area });
    const Q = `query($first: Int, $after: String, $last: Int, $before: String, $area: String, $orderBy: [BlocOrder!]) {
      blocs(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: { area: { eq: $area } }) {
        totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const page1 = ok(await app.gql(Q, { first: 2, area })).blocs;
    expect(page1).toMatchObject({ totalCount: 5, nodes: [{ name: 'B1' }, { name: 'B2' }], pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const page2 = ok(await app.gql(Q, { first: 2, after: page1.pageInfo.endCursor, area })).blocs;
    expect(page2.nodes).toEqual([{ name: 'B3' }, { name: 'B4' }]);
    const back = ok(await app.gql(Q, { last: 1, before: page2.pageInfo.startCursor, area })).blocs;
    expect(back).toMatchObject({ nodes: [{ name: 'B2' }], pageInfo: { hasPreviousPage: true } });
    const byCode = ok(await app.gql(Q, { first: 3, area, orderBy: [{ field: 'CODE' }] })).blocs;
    expect(byCode.nodes).toEqual([{ name: 'B5' }, { name: 'B4' }, { name: 'B3' }]);
    const tooBig = await app.gql(`{ blocs(first: 101) { totalCount } }`);
    expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
