import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildAwardType, buildCommendation, buildDecision } from './commendation.builders.js';
import { Commendation } from './commendation.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreateCommendationInput!) { createCommendation(input: $input) { commendation { id } userErrors { field code message recordId } } }`;
const UPDATE = `mutation($input: UpdateCommendationInput!) { updateCommendation(input: $input) { commendation { id version } userErrors { field code message recordId } } }`;
const RECORD = `mutation($input: RecordCommendationsInput!) { recordCommendations(input: $input) { commendations { id } userErrors { field code message recordId } } }`;
const create = async (input: object) => ok(await app.gql(CREATE, { input })).createCommendation;
const update = async (input: object) => ok(await app.gql(UPDATE, { input })).updateCommendation;
const record = async (input: object) => ok(await app.gql(RECORD, { input })).recordCommendations;

/** A unit and an award type of its own, so that every test's keys are its own. */
async function arrange(name = 'Hội Nữ Doanh nhân Hải Phòng') {
  const unit = await buildUnit(app.db, { name });
  const awardType = await buildAwardType(app.db, { nameVi: 'Bằng khen của Chủ tịch UBND thành phố' });
  return {
    unit,
    awardType,
    base: { subject: { unitId: gid(unit) }, awardTypeId: gid(awardType), year: 2022, achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2022' },
  };
}

describe('duplicate commendations', () => {
  it('refuses the same subject, award, year and decision twice, naming the first, unless confirmed as a second award', async () => {
    const { unit, awardType, base } = await arrange();
    const decision = await buildDecision(app.db, { number: '512/QĐ-UBND', issuer: 'UBND thành phố Hải Phòng', issuedOn: '2023-03-01' });
    const first = await create({ ...base, decisionId: gid(decision) });
    expect(first.userErrors).toEqual([]);
    const count = () => app.db.manager.countBy(Commendation, { unitId: unit.id });

    const again = await create({ ...base, decisionId: gid(decision), achievement: 'Nhập lại lần nữa' });
    expect(again).toEqual({
      commendation: null,
      userErrors: [
        {
          field: ['subject'],
          code: 'DUPLICATE',
          message:
            'Đã có khen thưởng "Bằng khen của Chủ tịch UBND thành phố" năm 2022 cho "Hội Nữ Doanh nhân Hải Phòng" theo Quyết định số 512/QĐ-UBND của UBND thành phố Hải Phòng. Nếu đây là lần khen thứ hai, hãy xác nhận để vẫn ghi nhận.',
          recordId: first.commendation.id,
        },
      ],
    });
    expect(await count()).toBe(1);

    const second = await create({ ...base, decisionId: gid(decision), allowDuplicate: true });
    expect(second.userErrors).toEqual([]);
    expect(await count()).toBe(2);

    // Another year, another award type or another decision is another award.
    const otherType = await buildAwardType(app.db, { subjectKinds: awardType.subjectKinds });
    const otherDecision = await buildDecision(app.db, { issuedOn: '2023-04-01' });
    expect((await create({ ...base, decisionId: gid(decision), year: 2021 })).userErrors).toEqual([]);
    expect((await create({ ...base, decisionId: gid(decision), awardTypeId: gid(otherType) })).userErrors).toEqual([]);
    expect((await create({ ...base, decisionId: gid(otherDecision) })).userErrors).toEqual([]);
  });

  it('counts two records without a decision as the same award, but not one with a decision and one without', async () => {
    const { base } = await arrange();
    const withoutDecision = await create(base);
    expect(withoutDecision.userErrors).toEqual([]);
    const again = await create(base);
    expect(again.userErrors).toEqual([expect.objectContaining({ field: ['subject'], code: 'DUPLICATE', recordId: withoutDecision.commendation.id })]);
    expect(again.userErrors[0].message).toContain('chưa gắn quyết định');
    const decision = await buildDecision(app.db, { issuedOn: '2023-01-10' });
    expect((await create({ ...base, decisionId: gid(decision) })).userErrors).toEqual([]);
  });

  it('does not count a revoked commendation: the award may be recorded again', async () => {
    const { unit, awardType, base } = await arrange();
    await buildCommendation(app.db, unit, awardType, { year: 2022, status: 'REVOKED', revokedOn: '2023-06-01', revocationReason: 'Kê khai không đúng' });
    expect((await create(base)).userErrors).toEqual([]);
  });

  it('checks each row of a batch against what is recorded and against the other rows, per row confirmable, writing nothing on DUPLICATE', async () => {
    const { unit, awardType } = await arrange('Hội Doanh nghiệp quận Lê Chân');
    const other = await buildUnit(app.db, { name: 'Hội Doanh nhân trẻ Hải Phòng' });
    const decision = await buildDecision(app.db, { number: '889/QĐ-UBND', issuer: 'UBND thành phố Hải Phòng', issuedOn: '2023-03-31' });
    const existing = await buildCommendation(app.db, unit, awardType, { year: 2022, decisionId: decision.id });
    const batch = (recipients: object[]) => ({ decision: { existingId: gid(decision) }, awardTypeId: gid(awardType), year: 2022, recipients });
    const row = (u: { id: string; constructor: { name: string } }, extra = {}) => ({ unitId: gid(u), achievement: 'Xuất sắc', ...extra });
    const before = await app.db.manager.count(Commendation);

    const refused = await record(batch([row(other), row(unit)]));
    expect(refused).toEqual({
      commendations: [],
      userErrors: [
        {
          field: ['recipients', '1', 'unitId'],
          code: 'DUPLICATE',
          message:
            'Đã có khen thưởng "Bằng khen của Chủ tịch UBND thành phố" năm 2022 cho "Hội Doanh nghiệp quận Lê Chân" theo Quyết định số 889/QĐ-UBND của UBND thành phố Hải Phòng. Nếu đây là lần khen thứ hai, hãy xác nhận để vẫn ghi nhận.',
          recordId: gid(existing),
        },
      ],
    });
    const twiceInList = await record(batch([row(other), row(other)]));
    expect(twiceInList.userErrors).toEqual([
      expect.objectContaining({ field: ['recipients', '1', 'unitId'], code: 'DUPLICATE', message: 'Đối tượng này đã có ở dòng 1 của danh sách.' }),
    ]);
    expect(await app.db.manager.count(Commendation)).toBe(before);

    const confirmed = await record(batch([row(other), row(unit, { allowDuplicate: true }), row(other, { allowDuplicate: true })]));
    expect(confirmed.userErrors).toEqual([]);
    expect(confirmed.commendations).toHaveLength(3);
    expect(await app.db.manager.countBy(Commendation, { unitId: unit.id })).toBe(2);
  });

  it('refuses an update that makes a record a copy of another, and lets other edits of it through', async () => {
    const { unit, awardType, base } = await arrange();
    const other = await buildUnit(app.db, { name: 'Liên minh Hợp tác xã thành phố' });
    const first = await create(base);
    const second = await create({ ...base, subject: { unitId: gid(other) } });

    const copy = await update({ id: second.commendation.id, subject: { unitId: gid(unit) } });
    expect(copy).toEqual({
      commendation: null,
      userErrors: [expect.objectContaining({ field: ['subject'], code: 'DUPLICATE', recordId: first.commendation.id })],
    });
    const stored = await app.db.manager.findOneByOrFail(Commendation, { unitId: other.id, awardTypeId: awardType.id });
    expect(stored.version).toBe(1);

    const confirmed = await update({ id: second.commendation.id, subject: { unitId: gid(unit) }, allowDuplicate: true });
    expect(confirmed.userErrors).toEqual([]);
    // Now a confirmed pair: editing one of them, or sending its unchanged key, does not ask again.
    expect((await update({ id: second.commendation.id, achievement: 'Thành tích đã sửa', year: 2022 })).userErrors).toEqual([]);
  });

  it('lets exactly one of several officers recording the same award at the same moment through', async () => {
    const { unit, awardType, base } = await arrange();
    const officers = await Promise.all([0, 1, 2, 3, 4].map(() => app.loginAs('BOARD_OFFICER')));
    const decision = await buildDecision(app.db, { issuedOn: '2023-02-01' });
    const batch = {
      decision: { existingId: gid(decision) },
      awardTypeId: gid(awardType),
      year: 2022,
      recipients: [{ unitId: gid(unit), achievement: 'Xuất sắc' }],
    };
    // Single creates and batches, all at once over HTTP, for the same key.
    const results = await Promise.all(
      officers.map(({ gql }, i) =>
        i % 2 === 0
          ? gql(CREATE, { input: { ...base, decisionId: gid(decision) } }).then((r) => ok(r).createCommendation.userErrors)
          : gql(RECORD, { input: batch }).then((r) => ok(r).recordCommendations.userErrors),
      ),
    );
    const recorded = await app.db.manager.findBy(Commendation, { unitId: unit.id, awardTypeId: awardType.id });
    expect(recorded).toHaveLength(1);
    expect(results.filter((errors) => errors.length === 0)).toHaveLength(1);
    const refused = results.filter((errors) => errors.length > 0);
    expect(refused).toHaveLength(4);
    for (const errors of refused) expect(errors).toEqual([expect.objectContaining({ code: 'DUPLICATE', recordId: gid(recorded[0]!) })]);
  });

  it('serialises two batches naming the same recipients in opposite orders, without a deadlock', async () => {
    const { unit, awardType } = await arrange('Hội Doanh nghiệp huyện Thủy Nguyên');
    const other = await buildUnit(app.db, { name: 'Hội Doanh nghiệp quận Hải An' });
    const decision = await buildDecision(app.db, { issuedOn: '2023-02-01' });
    const [first, second] = await Promise.all([app.loginAs('BOARD_OFFICER'), app.loginAs('BOARD_OFFICER')]);
    const batch = (units: { id: string; constructor: { name: string } }[]) => ({
      decision: { existingId: gid(decision) },
      awardTypeId: gid(awardType),
      year: 2022,
      recipients: units.map((u) => ({ unitId: gid(u), achievement: 'Xuất sắc' })),
    });
    const results = await Promise.all([
      first.gql(RECORD, { input: batch([unit, other]) }).then((r) => ok(r).recordCommendations),
      second.gql(RECORD, { input: batch([other, unit]) }).then((r) => ok(r).recordCommendations),
    ]);
    const codes = results.map((r) => r.userErrors.map((e: { code: string }) => e.code));
    expect(codes.sort()).toEqual([[], ['DUPLICATE', 'DUPLICATE']]);
    expect(await app.db.manager.countBy(Commendation, { awardTypeId: awardType.id })).toBe(2);
  });
});
