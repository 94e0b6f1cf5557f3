import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildAwardType } from '../award-type/award-type.builders.js';
import { Commendation } from '../commendation/entities.js';
import { buildDecision } from './decision.builders.js';
import { Decision } from './decision.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreateDecisionInput!) { createDecision(input: $input) {
  decision { id number issuedOn issuer issuerLevel signer signerTitle subject version } userErrors { field message code } } }`;
const create = async (input: object) => ok(await app.gql(CREATE, { input })).createDecision;
const base = { issuer: 'UBND thành phố Hải Phòng', issuerLevel: 'PROVINCE', subject: 'Về việc tổ chức Cụm, Khối thi đua thuộc thành phố' };

describe('decisions', () => {
  it('creates, reads, updates and deletes a decision', async () => {
    const created = await create({ ...base, number: '  889/QĐ-UBND ', issuedOn: '2022-03-31', signer: 'Nguyễn Văn Tùng', signerTitle: 'Chủ tịch' });
    expect(created).toEqual({
      decision: {
        id: expect.any(String),
        number: '889/QĐ-UBND',
        issuedOn: '2022-03-31',
        ...base,
        signer: 'Nguyễn Văn Tùng',
        signerTitle: 'Chủ tịch',
        version: 1,
      },
      userErrors: [],
    });
    const id = created.decision.id;
    expect(ok(await app.gql(`query($id: ID!) { decision(id: $id) { number } node(id: $id) { __typename } }`, { id }))).toEqual({
      decision: { number: '889/QĐ-UBND' },
      node: { __typename: 'Decision' },
    });

    const updated = ok(
      await app.gql(`mutation($input: UpdateDecisionInput!) { updateDecision(input: $input) { decision { number signer version } userErrors { code } } }`, {
        input: { id, number: ' ', signer: null },
      }),
    ).updateDecision;
    expect(updated).toEqual({ decision: { number: null, signer: null, version: 2 }, userErrors: [] });

    const deleted = ok(await app.gql(`mutation($id: ID!) { deleteDecision(id: $id) { deletedId userErrors { code } } }`, { id })).deleteDecision;
    expect(deleted).toEqual({ deletedId: id, userErrors: [] });
    expect((await app.gql(`query($id: ID!) { decision(id: $id) { id } }`, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a number the same issuer already used, and allows it for another issuer', async () => {
    const issuer = `UBND tỉnh thử ${Date.now()}`;
    expect((await create({ ...base, issuer, number: '12/QĐ-UBND' })).userErrors).toEqual([]);
    const before = await app.db.manager.count(Decision);
    const dup = await create({ ...base, issuer: ` ${issuer} `, number: '12/QĐ-UBND '.normalize('NFD') });
    expect(dup).toEqual({
      decision: null,
      userErrors: [{ field: ['number'], code: 'DUPLICATE', message: `Cơ quan ban hành này đã có quyết định số 12/QĐ-UBND.` }],
    });
    expect(await app.db.manager.count(Decision)).toBe(before);

    expect((await create({ ...base, issuer: `${issuer} (Sở Nội vụ)`, number: '12/QĐ-UBND' })).userErrors).toEqual([]);
    expect((await create({ ...base, issuer })).userErrors).toEqual([]);
    expect((await create({ ...base, issuer, number: null })).userErrors).toEqual([]);

    const other = await create({ ...base, issuer, number: '13/QĐ-UBND' });
    const renumber = ok(
      await app.gql(`mutation($input: UpdateDecisionInput!) { updateDecision(input: $input) { decision { id } userErrors { field code } } }`, {
        input: { id: other.decision.id, number: '12/QĐ-UBND' },
      }),
    ).updateDecision;
    expect(renumber).toEqual({ decision: null, userErrors: [{ field: ['number'], code: 'DUPLICATE' }] });
    const same = ok(
      await app.gql(`mutation($input: UpdateDecisionInput!) { updateDecision(input: $input) { decision { number } userErrors { code } } }`, {
        input: { id: other.decision.id, number: '13/QĐ-UBND', signer: 'Lê Văn B' },
      }),
    ).updateDecision;
    expect(same).toEqual({ decision: { number: '13/QĐ-UBND' }, userErrors: [] });
  });

  it('lets the unique constraint settle two simultaneous creations of one number', async () => {
    const input = { ...base, issuer: `Đồng thời ${Date.now()}`, number: '7/QĐ-UBND' };
    const results = await Promise.all([create(input), create(input)]);
    const errors = results.flatMap((r) => r.userErrors);
    expect(results.filter((r) => r.decision)).toHaveLength(1);
    expect(errors).toEqual([expect.objectContaining({ field: ['number'], code: 'DUPLICATE' })]);
  });

  it('answers bad input with codes and writes nothing', async () => {
    const before = await app.db.manager.count(Decision);
    expect((await create({ ...base, issuer: '' })).userErrors).toEqual([expect.objectContaining({ field: ['issuer'], code: 'REQUIRED' })]);
    expect((await create({ ...base, subject: '   ' })).userErrors).toEqual([expect.objectContaining({ field: ['subject'], code: 'REQUIRED' })]);
    expect((await create({ ...base, number: '9'.repeat(61) })).userErrors).toEqual([expect.objectContaining({ field: ['number'], code: 'TOO_LONG' })]);
    const badDate = await app.gql(CREATE, { input: { ...base, issuedOn: '2023-02-30' } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badLevel = await app.gql(CREATE, { input: { ...base, issuerLevel: 'CITY' } });
    expect(badLevel.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.db.manager.count(Decision)).toBe(before);
  });

  it('filters, searches and sorts decisions, undated ones last when newest first', async () => {
    const issuer = `Liên minh HTX thử ${Date.now()}`;
    await buildDecision(app.db, {
      issuer,
      number: '45/QĐ-LMHTX',
      issuedOn: '2021-04-02',
      subject: 'Về việc khen thưởng tập thể, cá nhân',
      signer: 'Trần Văn C',
    });
    await buildDecision(app.db, { issuer, number: null, issuedOn: null, subject: 'Nguồn không nêu số và ngày' });
    await buildDecision(app.db, { issuer, number: '3/QĐ-LMHTX', issuedOn: '2023-01-10', issuerLevel: 'ORGANIZATION', subject: 'Về việc tặng Giấy khen' });
    const q = async (args: string) =>
      ok(await app.gql(`query($i: String) { decisions(${args}) { totalCount nodes { number } pageInfo { endCursor } } }`, { i: issuer })).decisions;
    expect((await q('filter: { issuer: { eq: $i } }')).nodes).toEqual([{ number: '3/QĐ-LMHTX' }, { number: '45/QĐ-LMHTX' }, { number: null }]);
    expect((await q('filter: { issuer: { eq: $i } }, orderBy: [{ field: ISSUED_ON }]')).nodes.map((n: any) => n.number)).toEqual([
      null,
      '45/QĐ-LMHTX',
      '3/QĐ-LMHTX',
    ]);
    expect((await q('filter: { issuer: { eq: $i }, issuedOn: { gte: "2022-01-01" } }')).nodes).toEqual([{ number: '3/QĐ-LMHTX' }]);
    expect((await q('filter: { issuer: { eq: $i }, issuerLevel: { eq: ORGANIZATION } }')).totalCount).toBe(1);
    expect((await q('filter: { issuer: { eq: $i }, signer: { contains: "văn" } }')).nodes).toEqual([{ number: '45/QĐ-LMHTX' }]);
    expect((await q('filter: { issuer: { eq: $i } }, search: "khen thuong tap the"')).nodes).toEqual([{ number: '45/QĐ-LMHTX' }]);
    expect((await q('filter: { issuer: { eq: $i } }, search: "45/qd-lmhtx"')).nodes).toEqual([{ number: '45/QĐ-LMHTX' }]);
    const page1 = await q('first: 2, filter: { issuer: { eq: $i } }');
    const page2 = ok(
      await app.gql(`query($i: String, $after: String) { decisions(first: 2, after: $after, filter: { issuer: { eq: $i } }) { nodes { number } } }`, {
        i: issuer,
        after: page1.pageInfo.endCursor,
      }),
    ).decisions;
    expect(page2.nodes).toEqual([{ number: null }]);
  });

  it('refuses to delete a decision a commendation cites', async () => {
    const decision = await buildDecision(app.db);
    const unit = await buildUnit(app.db);
    const awardType = await buildAwardType(app.db);
    await app.db.manager.save(
      app.db.manager.create(Commendation, {
        unitId: unit.id,
        subjectKind: 'COLLECTIVE',
        awardTypeId: awardType.id,
        year: 2022,
        achievement: 'Dẫn đầu Khối thi đua',
        decisionId: decision.id,
      }),
    );
    const del = ok(
      await app.gql(`mutation($id: ID!) { deleteDecision(id: $id) { deletedId userErrors { field code } } }`, { id: gid(decision) }),
    ).deleteDecision;
    expect(del).toEqual({ deletedId: null, userErrors: [{ field: ['id'], code: 'IN_USE' }] });
  });
});
