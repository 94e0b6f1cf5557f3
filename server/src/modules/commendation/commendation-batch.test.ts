import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { Decision } from '../decision/entities.js';
import { buildAwardType, buildBloc, buildDecision, buildHousehold, buildPerson } from './commendation.builders.js';
import { Commendation } from './commendation.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const RECORD = `mutation($input: RecordCommendationsInput!) { recordCommendations(input: $input) {
  decision { number issuer issuedOn commendations { totalCount } }
  commendations { year status subjectKind bloc { name } subject { __typename ... on Unit { name } ... on Person { fullName } } }
  userErrors { field code message } } }`;
const record = async (input: object) => ok(await app.gql(RECORD, { input })).recordCommendations;
const counts = async () => [await app.db.manager.count(Commendation), await app.db.manager.count(Decision)];

const newDecision = (number: string) => ({
  number,
  issuedOn: '2023-02-15',
  issuer: 'UBND thành phố Hải Phòng',
  issuerLevel: 'PROVINCE',
  signer: 'Nguyễn Văn Tùng',
  signerTitle: 'Chủ tịch',
  subject: 'Về việc tặng Bằng khen của Chủ tịch UBND thành phố',
});

describe('recording a decision with many recipients', () => {
  it('saves a new decision and all its commendations together', async () => {
    const bloc = await buildBloc(app.db, { name: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố' });
    const units = [
      await buildUnit(app.db, { name: 'Hội Doanh nhân trẻ Hải Phòng' }),
      await buildUnit(app.db, { name: 'Hiệp hội Doanh nghiệp nhỏ và vừa' }),
      await buildUnit(app.db, { name: 'Hội Nữ Doanh nhân Hải Phòng' }),
    ];
    const person = await buildPerson(app.db, { fullName: 'Lê Thị Mai' });
    const awardType = await buildAwardType(app.db);
    const result = await record({
      decision: newDecision('300/QĐ-UBND'),
      awardTypeId: gid(awardType),
      year: 2022,
      blocId: gid(bloc),
      recipients: [
        ...units.map((u) => ({ unitId: gid(u), achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2022' })),
        { personId: gid(person), achievement: 'Có thành tích xuất sắc' },
      ],
    });
    expect(result.userErrors).toEqual([]);
    expect(result.decision).toEqual({ number: '300/QĐ-UBND', issuer: 'UBND thành phố Hải Phòng', issuedOn: '2023-02-15', commendations: { totalCount: 4 } });
    expect(result.commendations.map((c: any) => c.subject.name ?? c.subject.fullName)).toEqual([...units.map((u) => u.name), 'Lê Thị Mai']);
    expect(result.commendations[3]).toMatchObject({ year: 2022, status: 'AWARDED', subjectKind: 'INDIVIDUAL', bloc: { name: bloc.name } });

    const existing = await buildDecision(app.db);
    const again = await record({
      decision: { existingId: gid(existing) },
      awardTypeId: gid(awardType),
      year: 2022,
      recipients: [{ unitId: gid(units[0]!), achievement: 'Đột xuất' }],
    });
    expect(again.userErrors).toEqual([]);
    expect(again.decision.number).toBe(existing.number);
  });

  it('writes nothing when one recipient is wrong, and says which one', async () => {
    const units = [await buildUnit(app.db), await buildUnit(app.db), await buildUnit(app.db)];
    const household = await buildHousehold(app.db);
    const awardType = await buildAwardType(app.db, { subjectKinds: ['COLLECTIVE'] });
    const before = await counts();
    const result = await record({
      decision: newDecision('301/QĐ-UBND'),
      awardTypeId: gid(awardType),
      year: 2022,
      recipients: [
        { unitId: gid(units[0]!), achievement: 'Xuất sắc' },
        { householdId: gid(household), achievement: 'Xuất sắc' },
        { achievement: 'Xuất sắc' },
        { unitId: gid(units[1]!), householdId: gid(household), achievement: 'Xuất sắc' },
        { unitId: gid(units[0]!), achievement: 'Lặp lại' },
        { unitId: gid(units[2]!), achievement: 'Xuất sắc' },
      ],
    });
    expect(result.decision).toBeNull();
    expect(result.commendations).toEqual([]);
    expect(result.userErrors.map((e: any) => [e.field, e.code])).toEqual([
      [['recipients', '2', 'subject'], 'SUBJECT_REQUIRED'],
      [['recipients', '3', 'subject'], 'SUBJECT_AMBIGUOUS'],
      [['recipients', '1', 'householdId'], 'SUBJECT_KIND_MISMATCH'],
      [['recipients', '4', 'unitId'], 'DUPLICATE'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('validates nested inputs at their index (type-graphql builds nested input instances)', async () => {
    const unit = await buildUnit(app.db);
    const awardType = await buildAwardType(app.db);
    const existing = await buildDecision(app.db);
    const before = await counts();
    const result = await record({
      decision: { ...newDecision('302/QĐ-UBND'), issuer: '' },
      awardTypeId: gid(awardType),
      year: 2022,
      recipients: [
        { unitId: gid(unit), achievement: 'Tốt' },
        { unitId: gid(unit), achievement: '' },
      ],
    });
    expect(result.userErrors.map((e: any) => [e.field, e.code])).toEqual([
      [['decision', 'issuer'], 'REQUIRED'],
      [['recipients', '1', 'achievement'], 'REQUIRED'],
    ]);
    const empty = await record({ decision: newDecision('303/QĐ-UBND'), awardTypeId: gid(awardType), year: 2022, recipients: [] });
    expect(empty.userErrors.map((e: any) => [e.field, e.code])).toEqual([[['recipients'], 'REQUIRED']]);
    const both = await record({
      decision: { existingId: gid(existing), number: '1/QĐ' },
      awardTypeId: gid(awardType),
      year: 2022,
      recipients: [{ unitId: gid(unit), achievement: 'Tốt' }],
    });
    expect(both.userErrors.map((e: any) => [e.field, e.code])).toEqual([[['decision', 'existingId'], 'INVALID']]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a new decision whose number the issuer already used', async () => {
    await buildDecision(app.db, { number: '889/QĐ-UBND', issuer: 'UBND thành phố Hải Phòng' });
    const unit = await buildUnit(app.db);
    const awardType = await buildAwardType(app.db);
    const before = await counts();
    const result = await record({
      decision: newDecision('889/QĐ-UBND'),
      awardTypeId: gid(awardType),
      year: 2022,
      recipients: [{ unitId: gid(unit), achievement: 'Tốt' }],
    });
    expect(result.userErrors).toEqual([
      { field: ['decision', 'number'], code: 'DUPLICATE', message: 'Quyết định số 889/QĐ-UBND của UBND thành phố Hải Phòng đã có.' },
    ]);
    expect(await counts()).toEqual(before);
    const otherIssuer = await record({
      decision: { ...newDecision('889/QĐ-UBND'), issuer: 'UBND tỉnh Quảng Ninh' },
      awardTypeId: gid(awardType),
      year: 2022,
      recipients: [{ unitId: gid(unit), achievement: 'Tốt' }],
    });
    expect(otherIssuer.userErrors).toEqual([]);
  });
});
