import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { CovenantSignature } from './covenant-signature.entity.js';
import { buildBloc, buildCovenant, buildMembership, buildSignature } from './covenant.builders.js';
import { Covenant } from './covenant.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const SIGN = `mutation($input: SignCovenantInput!) { signCovenant(input: $input) {
  signature { signerName signerTitle signedOn unit { name } covenant { signedCount } } userErrors { field code message } } }`;
const STATE = `query($id: ID!) { covenant(id: $id) { status signedCount memberCount unsignedMembers { name } signatures { unit { name } } } }`;

/** A bloc with three members in 2023: two current, one that left after 2023; plus former and future members. */
async function arrange() {
  const bloc = await buildBloc(app.db, { name: 'Khối thi đua Doanh nghiệp 2' });
  const [cang, hoaTieu, cuu, former, future] = await Promise.all(
    [
      'Cảng vụ Hàng hải Hải Phòng',
      'Công ty TNHH MTV Hoa tiêu hàng hải Khu vực II',
      'Hiệp hội Doanh nghiệp Cựu chiến binh',
      'Đơn vị đã rời khối',
      'Đơn vị vào khối sau',
    ].map((name) => buildUnit(app.db, { name })),
  );
  await buildMembership(app.db, bloc, cang!.id, 2019);
  await buildMembership(app.db, bloc, hoaTieu!.id, 2020, null);
  await buildMembership(app.db, bloc, cuu!.id, 2021, 2023);
  await buildMembership(app.db, bloc, former!.id, 2018, 2022);
  await buildMembership(app.db, bloc, future!.id, 2024);
  const covenant = await buildCovenant(app.db, { blocId: bloc.id, year: 2023, status: 'READY_TO_SIGN' });
  return { bloc, covenant, cang: cang!, hoaTieu: hoaTieu!, cuu: cuu!, former: former!, future: future! };
}

describe('covenant signatures', () => {
  it('lets each member sign once and tracks who has not signed, without changing the status', async () => {
    const { covenant, cang, hoaTieu, cuu } = await arrange();
    const id = gid(covenant);
    const initial = ok(await app.gql(STATE, { id })).covenant;
    expect(initial).toMatchObject({ status: 'READY_TO_SIGN', signedCount: 0, memberCount: 3, signatures: [] });
    // Sorted by name in the database's collation; compare as a set here.
    expect(initial.unsignedMembers.map((u: { name: string }) => u.name).sort()).toEqual([cang.name, cuu.name, hoaTieu.name].sort());

    const signed = ok(
      await app.gql(SIGN, { input: { covenantId: id, unitId: gid(cang), signerName: 'Nguyễn Văn A', signerTitle: 'Giám đốc', signedOn: '2023-03-01' } }),
    ).signCovenant;
    expect(signed).toEqual({
      signature: { signerName: 'Nguyễn Văn A', signerTitle: 'Giám đốc', signedOn: '2023-03-01', unit: { name: cang.name }, covenant: { signedCount: 1 } },
      userErrors: [],
    });
    for (const unit of [hoaTieu, cuu])
      expect(ok(await app.gql(SIGN, { input: { covenantId: id, unitId: gid(unit), signedOn: '2023-03-01' } })).signCovenant.userErrors).toEqual([]);

    expect(ok(await app.gql(STATE, { id })).covenant).toMatchObject({ status: 'READY_TO_SIGN', signedCount: 3, memberCount: 3, unsignedMembers: [] });
    const mine = ok(await app.gql(`query($id: ID!) { unit(id: $id) { covenantSignatures { signerName covenant { year } } } }`, { id: gid(cang) }));
    expect(mine.unit.covenantSignatures).toEqual([{ signerName: 'Nguyễn Văn A', covenant: { year: 2023 } }]);
  });

  it('refuses units outside the bloc that year and second signatures, writing nothing', async () => {
    const { covenant, cang, former, future } = await arrange();
    const outsider = await buildUnit(app.db);
    await buildSignature(app.db, covenant, cang.id);
    const before = await app.db.manager.count(CovenantSignature);
    const sign = async (unitId: string) => ok(await app.gql(SIGN, { input: { covenantId: gid(covenant), unitId, signedOn: '2023-03-01' } })).signCovenant;

    for (const unit of [outsider, former, future]) {
      expect(await sign(gid(unit))).toEqual({
        signature: null,
        userErrors: [{ field: ['unitId'], code: 'NOT_A_MEMBER', message: 'Đơn vị không phải thành viên của khối trong năm này.' }],
      });
    }
    expect(await sign(gid(cang))).toEqual({
      signature: null,
      userErrors: [{ field: ['unitId'], code: 'ALREADY_SIGNED', message: 'Đơn vị đã ký giao ước này.' }],
    });
    const refs = ok(await app.gql(SIGN, { input: { covenantId: 'x', unitId: 'y', signedOn: '2023-03-01' } })).signCovenant;
    expect(refs.userErrors.map((e: { field: string[]; code: string }) => `${e.field[0]} ${e.code}`)).toEqual(['covenantId NOT_FOUND', 'unitId NOT_FOUND']);
    expect(await app.db.manager.count(CovenantSignature)).toBe(before);
    expect((await app.db.manager.findOneBy(Covenant, { id: covenant.id }))!.version).toBe(covenant.version);
  });

  it('removes a signature and reports units that had not signed', async () => {
    const { covenant, cang, hoaTieu } = await arrange();
    await buildSignature(app.db, covenant, cang.id);
    const UNSIGN = `mutation($input: UnsignCovenantInput!) { unsignCovenant(input: $input) { covenant { signedCount unsignedMembers { name } } userErrors { field code } } }`;
    const done = ok(await app.gql(UNSIGN, { input: { covenantId: gid(covenant), unitId: gid(cang) } })).unsignCovenant;
    expect(done.userErrors).toEqual([]);
    expect(done.covenant.signedCount).toBe(0);
    expect(done.covenant.unsignedMembers).toHaveLength(3);
    const again = ok(await app.gql(UNSIGN, { input: { covenantId: gid(covenant), unitId: gid(hoaTieu) } })).unsignCovenant;
    expect(again).toEqual({ covenant: null, userErrors: [{ field: ['unitId'], code: 'NOT_SIGNED' }] });
  });
});
