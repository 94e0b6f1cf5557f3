import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildAwardType, buildDecision, buildEvent, buildHousehold, buildPerson } from './commendation.builders.js';
import { Decision } from '../decision/entities.js';
import { Commendation } from './commendation.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const FIELDS = `id year achievement kind status subjectKind presentedBy revokedOn revocationReason version
  subject { __typename ... on Unit { name } ... on Person { fullName } ... on Household { name } }
  unit { name } person { fullName } awardType { nameVi } decision { number } presentedAt { title }`;
const CREATE = `mutation($input: CreateCommendationInput!) { createCommendation(input: $input) { commendation { ${FIELDS} } userErrors { field code message } } }`;
const create = async (input: object) => ok(await app.gql(CREATE, { input })).createCommendation;

describe('commendations', () => {
  it('records, reads, updates and deletes a commendation', async () => {
    const unit = await buildUnit(app.db, { name: 'Hội Nữ Doanh nhân Hải Phòng' });
    const awardType = await buildAwardType(app.db, { nameVi: 'Bằng khen của Chủ tịch UBND thành phố' });
    const decision = await buildDecision(app.db, { number: '512/QĐ-UBND' });
    const created = await create({
      subject: { unitId: gid(unit) },
      awardTypeId: gid(awardType),
      year: 2022,
      achievement: 'Đã hoàn thành xuất sắc nhiệm vụ công tác năm 2022',
      decisionId: gid(decision),
    });
    expect(created.userErrors).toEqual([]);
    expect(created.commendation).toMatchObject({
      year: 2022,
      kind: 'MERIT',
      status: 'AWARDED',
      subjectKind: 'COLLECTIVE',
      subject: { __typename: 'Unit', name: 'Hội Nữ Doanh nhân Hải Phòng' },
      unit: { name: 'Hội Nữ Doanh nhân Hải Phòng' },
      person: null,
      awardType: { nameVi: 'Bằng khen của Chủ tịch UBND thành phố' },
      decision: { number: '512/QĐ-UBND' },
    });

    const read = ok(
      await app.gql(`query($id: ID!) { commendation(id: $id) { achievement awardType { nameVi } } node(id: $id) { __typename } }`, {
        id: created.commendation.id,
      }),
    );
    expect(read).toEqual({
      commendation: { achievement: 'Đã hoàn thành xuất sắc nhiệm vụ công tác năm 2022', awardType: { nameVi: 'Bằng khen của Chủ tịch UBND thành phố' } },
      node: { __typename: 'Commendation' },
    });

    const person = await buildPerson(app.db, { fullName: 'Phạm Thị Hoa' });
    const UPDATE = `mutation($input: UpdateCommendationInput!) { updateCommendation(input: $input) { commendation { ${FIELDS} } userErrors { field code } } }`;
    const updated = ok(
      await app.gql(UPDATE, {
        input: { id: created.commendation.id, subject: { personId: gid(person) }, achievement: 'Có thành tích xuất sắc', kind: 'IRREGULAR' },
      }),
    ).updateCommendation;
    expect(updated.userErrors).toEqual([]);
    expect(updated.commendation).toMatchObject({
      subjectKind: 'INDIVIDUAL',
      subject: { __typename: 'Person', fullName: 'Phạm Thị Hoa' },
      unit: null,
      kind: 'IRREGULAR',
      version: 2,
    });
    const searched = ok(await app.gql(`{ commendations(search: "pham thi hoa XUAT SAC") { nodes { id } } }`)).commendations;
    expect(searched.nodes).toEqual([{ id: created.commendation.id }]);

    const deleted = ok(
      await app.gql(`mutation($id: ID!) { deleteCommendation(id: $id) { deletedId userErrors { code } } }`, { id: created.commendation.id }),
    ).deleteCommendation;
    expect(deleted).toEqual({ deletedId: created.commendation.id, userErrors: [] });
    expect(await app.db.manager.countBy(Commendation, { unitId: unit.id })).toBe(0);
  });

  it('needs exactly one subject of a kind the award type accepts, and writes nothing otherwise', async () => {
    const unit = await buildUnit(app.db);
    const person = await buildPerson(app.db);
    const household = await buildHousehold(app.db);
    const flag = await buildAwardType(app.db, { nameVi: 'Cờ thi đua của UBND thành phố', subjectKinds: ['COLLECTIVE'] });
    const base = { awardTypeId: gid(flag), year: 2022, achievement: 'Dẫn đầu khối' };
    const before = await app.db.manager.count(Commendation);

    expect(await create({ ...base, subject: {} })).toEqual({
      commendation: null,
      userErrors: [{ field: ['subject'], code: 'SUBJECT_REQUIRED', message: 'Cần chọn đối tượng được khen thưởng.' }],
    });
    const ambiguous = await create({ ...base, subject: { unitId: gid(unit), personId: gid(person) } });
    expect(ambiguous.userErrors).toEqual([expect.objectContaining({ field: ['subject'], code: 'SUBJECT_AMBIGUOUS' })]);
    const mismatch = await create({ ...base, subject: { householdId: gid(household) } });
    expect(mismatch.userErrors).toEqual([
      { field: ['awardTypeId'], code: 'SUBJECT_KIND_MISMATCH', message: '"Cờ thi đua của UBND thành phố" không áp dụng cho đối tượng hộ gia đình.' },
    ]);
    const wrongType = await create({ ...base, subject: { personId: gid(unit) } });
    expect(wrongType.userErrors).toEqual([expect.objectContaining({ field: ['subject', 'personId'], code: 'NOT_FOUND' })]);
    const badYear = await create({ ...base, subject: { unitId: gid(unit) }, year: 1900, achievement: '' });
    expect(badYear.userErrors.map((e: any) => [e.field, e.code])).toEqual([
      [['year'], 'OUT_OF_RANGE'],
      [['achievement'], 'REQUIRED'],
    ]);
    const decision = await buildDecision(app.db, { issuedOn: '2021-12-30' });
    const afterDecision = await create({ ...base, subject: { unitId: gid(unit) }, decisionId: gid(decision) });
    expect(afterDecision.userErrors).toEqual([expect.objectContaining({ field: ['year'], code: 'OUT_OF_RANGE' })]);

    expect(await app.db.manager.count(Commendation)).toBe(before);
    const good = await create({ ...base, subject: { unitId: gid(unit) } });
    expect(good.userErrors).toEqual([]);
    const switchToPerson = ok(
      await app.gql(`mutation($input: UpdateCommendationInput!) { updateCommendation(input: $input) { commendation { id } userErrors { field code } } }`, {
        input: { id: good.commendation.id, subject: { personId: gid(person) } },
      }),
    ).updateCommendation;
    expect(switchToPerson).toEqual({ commendation: null, userErrors: [{ field: ['subject'], code: 'SUBJECT_KIND_MISMATCH' }] });
  });

  it('revokes once, and is presented at an event unless revoked', async () => {
    const unit = await buildUnit(app.db);
    const awardType = await buildAwardType(app.db);
    const event = await buildEvent(app.db, { title: 'Hội nghị ký kết giao ước thi đua năm 2023' });
    const { commendation } = await create({ subject: { unitId: gid(unit) }, awardTypeId: gid(awardType), year: 2022, achievement: 'Xuất sắc' });

    const PRESENT = `mutation($input: MarkCommendationPresentedInput!) { markCommendationPresented(input: $input) { commendation { status presentedBy presentedAt { title } } userErrors { field code } } }`;
    const presented = ok(
      await app.gql(PRESENT, { input: { id: commendation.id, eventId: gid(event), presentedBy: 'Phó Trưởng ban Ban Thi đua – Khen thưởng' } }),
    ).markCommendationPresented;
    expect(presented).toEqual({
      commendation: {
        status: 'PRESENTED',
        presentedBy: 'Phó Trưởng ban Ban Thi đua – Khen thưởng',
        presentedAt: { title: 'Hội nghị ký kết giao ước thi đua năm 2023' },
      },
      userErrors: [],
    });

    const REVOKE = `mutation($input: RevokeCommendationInput!) { revokeCommendation(input: $input) { commendation { status revokedOn revocationReason } userErrors { field code } } }`;
    const input = { id: commendation.id, revokedOn: '2024-05-01', reason: 'Kê khai thành tích không đúng' };
    expect(ok(await app.gql(REVOKE, { input })).revokeCommendation).toEqual({
      commendation: { status: 'REVOKED', revokedOn: '2024-05-01', revocationReason: 'Kê khai thành tích không đúng' },
      userErrors: [],
    });
    expect(ok(await app.gql(REVOKE, { input })).revokeCommendation).toEqual({ commendation: null, userErrors: [{ field: ['id'], code: 'INVALID_STATE' }] });
    expect(ok(await app.gql(PRESENT, { input: { id: commendation.id } })).markCommendationPresented.userErrors).toEqual([
      { field: ['id'], code: 'INVALID_STATE' },
    ]);
    const edit = ok(
      await app.gql(`mutation($input: UpdateCommendationInput!) { updateCommendation(input: $input) { userErrors { field code } } }`, {
        input: { id: commendation.id, year: 2021 },
      }),
    );
    expect(edit.updateCommendation.userErrors).toEqual([{ field: ['id'], code: 'INVALID_STATE' }]);
    const noReason = ok(await app.gql(REVOKE, { input: { ...input, reason: '' } })).revokeCommendation;
    expect(noReason.userErrors).toEqual([{ field: ['reason'], code: 'REQUIRED' }]);
  });

  it('keeps the revoking decision, which then cannot be deleted, and refuses an unknown one', async () => {
    const unit = await buildUnit(app.db);
    const awardType = await buildAwardType(app.db);
    const decision = await buildDecision(app.db, { number: '120/QĐ-UBND' });
    const { commendation } = await create({ subject: { unitId: gid(unit) }, awardTypeId: gid(awardType), year: 2022, achievement: 'Xuất sắc' });
    const REVOKE = `mutation($input: RevokeCommendationInput!) {
      revokeCommendation(input: $input) { commendation { status revocationReason revocationDecision { number } } userErrors { field code } }
    }`;
    const input = { id: commendation.id, revokedOn: '2024-05-01', reason: 'Kê khai thành tích không đúng' };

    // A decision that does not exist: nothing is written (the revocation below still goes through).
    const missing = gid({ constructor: Decision, id: randomUUID() });
    expect(ok(await app.gql(REVOKE, { input: { ...input, decisionId: missing } })).revokeCommendation).toEqual({
      commendation: null,
      userErrors: [{ field: ['decisionId'], code: 'NOT_FOUND' }],
    });

    expect(ok(await app.gql(REVOKE, { input: { ...input, decisionId: gid(decision) } })).revokeCommendation).toEqual({
      commendation: { status: 'REVOKED', revocationReason: 'Kê khai thành tích không đúng', revocationDecision: { number: '120/QĐ-UBND' } },
      userErrors: [],
    });
    const DELETE = `mutation($id: ID!) { deleteDecision(id: $id) { deletedId userErrors { code } } }`;
    expect(ok(await app.gql(DELETE, { id: gid(decision) })).deleteDecision).toEqual({ deletedId: null, userErrors: [{ code: 'IN_USE' }] });
  });
});
