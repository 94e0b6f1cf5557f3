import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificatePath, DEFAULT_CERTIFICATE_LAYOUT } from '@thidua/shared';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { inkOnPage, readPdf } from '../../test-support/documents.js';
import { buildAwardType } from '../award-type/award-type.builders.js';
import type { AwardType } from '../award-type/entities.js';
import { Commendation } from '../commendation/entities.js';
import { Decision } from '../decision/entities.js';
import { buildPerson } from '../person/person.builders.js';

/** Certificates printed onto blanks: each award type's layout (saved against its version), one page per commendation, the QR code, who may print. */
let app: TestApp;
let cookie: string;
let awardType: AwardType;
let decision: Decision;
let commendations: Commendation[];

beforeAll(async () => {
  app = await createTestApp();
  cookie = (await app.loginAs('BOARD_OFFICER')).cookie;
  awardType = await buildAwardType(app.db, { nameVi: 'Bằng khen của Chủ tịch UBND thành phố', subjectKinds: ['COLLECTIVE', 'INDIVIDUAL'] });
  decision = await app.db.manager.save(
    app.db.manager.create(Decision, {
      number: '2107/QĐ-UBND',
      issuedOn: '2024-02-05',
      issuer: 'UBND thành phố Hải Phòng',
      issuerLevel: 'PROVINCE',
      signer: 'Nguyễn Văn Tùng',
      signerTitle: 'KT. Chủ tịch – Phó Chủ tịch',
      subject: 'Về việc tặng Bằng khen',
    }),
  );
  const person = await buildPerson(app.db, { fullName: 'Nguyễn Thị Ánh', gender: 'FEMALE' });
  const unit = await buildUnit(app.db, { name: 'Trường Tiểu học Nguyễn Huệ' });
  const base = { awardTypeId: awardType.id, year: 2023, decisionId: decision.id, achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2023' };
  commendations = [
    await app.db.manager.save(app.db.manager.create(Commendation, { ...base, subjectKind: 'INDIVIDUAL', personId: person.id })),
    await app.db.manager.save(app.db.manager.create(Commendation, { ...base, subjectKind: 'COLLECTIVE', unitId: unit.id })),
  ];
});
afterAll(() => app.close());

const SAVE = `mutation($input: SaveCertificateLayoutInput!) { saveCertificateLayout(input: $input) { layout { id version pageWidth fields { field top left align } awardType { id } } userErrors { field code message } } }`;
const save = async (input: Record<string, unknown>) => ok(await app.gql(SAVE, { input })).saveCertificateLayout;
const print = async (recordId: string, as: string | null = cookie) => {
  const response = await fetch(app.url + certificatePath(recordId), { headers: as ? { cookie: as } : {} });
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
};
const fields = (move: Partial<Record<string, { top: number; left: number }>> = {}) =>
  DEFAULT_CERTIFICATE_LAYOUT.fields.map((f) => ({ ...f, align: f.align.toUpperCase(), ...(move[f.field] ?? {}) }));

describe('certificates on pre-printed blanks', () => {
  it('use the default A3 landscape layout until the Board saves one; a decision prints one page per commendation', async () => {
    const layout = ok(
      await app.gql(`query($id: ID!) { awardType(id: $id) { certificateLayout { pageWidth pageHeight layout { id } fields { field top } } } }`, {
        id: gid(awardType),
      }),
    );
    expect(layout.awardType.certificateLayout).toMatchObject({ pageWidth: 420, pageHeight: 297, layout: null });
    const { status, bytes } = await print(gid(decision));
    expect(status).toBe(200);
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.pages[0]).toContain('NGUYỄN THỊ ÁNH');
    expect(pdf.pages[0]).toContain('Bà');
    expect(pdf.pages[1]).toContain('TRƯỜNG TIỂU HỌC NGUYỄN HUỆ');
    expect(pdf.pages[1]).toContain('Tập thể');
    expect(pdf.text.replace(/\s+/g, '')).toContain('Quyếtđịnhsố2107/QĐ-UBND,ngày05tháng02năm2024.Sốvàosổ:2');
    expect(pdf.text).toContain('Hải Phòng, ngày 05 tháng 02 năm 2024');
    expect(pdf.embeddedFonts.some((name) => /NotoSerif/.test(name))).toBe(true);
    expect(await inkOnPage(bytes, 1)).toBeGreaterThan(0.002);
  });

  it('saves a layout with fields moved and some not printed; prints them where placed; refuses a field off the sheet; a stale version conflicts', async () => {
    const moved = fields({ RECIPIENT: { top: 40, left: 20 } }).map((f) => (f.field === 'SALUTATION' ? { ...f, printable: false } : f));
    const created = await save({ awardTypeId: gid(awardType), pageWidth: 420, pageHeight: 297, fields: moved });
    expect(created.userErrors).toEqual([]);
    expect(created.layout).toMatchObject({ version: 1, awardType: { id: gid(awardType) } });
    expect(created.layout.fields.find((f: any) => f.field === 'RECIPIENT')).toEqual({ field: 'RECIPIENT', top: 40, left: 20, align: 'CENTER' });
    const one = await readPdf((await print(gid(commendations[0]!))).bytes);
    expect(one.pages).toHaveLength(1);
    expect(one.text).toContain('NGUYỄN THỊ ÁNH');
    expect(one.text).not.toMatch(/\bBà\b/);

    const off = await save({
      awardTypeId: gid(awardType),
      pageWidth: 420,
      pageHeight: 297,
      fields: fields({ RECIPIENT: { top: 40, left: 300 } }),
      expectedVersion: 1,
    });
    expect(off.userErrors).toEqual([{ field: ['fields'], code: 'LAYOUT_INVALID', message: 'Trường "Tên người, tập thể được khen" nằm ngoài khổ giấy.' }]);
    const edited = await save({
      awardTypeId: gid(awardType),
      pageWidth: 420,
      pageHeight: 297,
      fields: fields({ RECIPIENT: { top: 50, left: 20 } }),
      expectedVersion: 1,
    });
    expect(edited.layout.version).toBe(2);
    const stale = await save({
      awardTypeId: gid(awardType),
      pageWidth: 420,
      pageHeight: 297,
      fields: fields({ RECIPIENT: { top: 60, left: 20 } }),
      expectedVersion: 1,
    });
    expect(stale.userErrors.map((e: any) => e.code)).toEqual(['CONFLICT']);
  });

  it('anonymous callers are asked to sign in; a unit officer does not find a person’s commendation; officers may not save layouts', async () => {
    expect((await print(gid(decision), null)).status).toBe(401);
    const officer = await app.loginAs('UNIT_OFFICER', { unitId: (await buildUnit(app.db)).id });
    expect((await print(gid(commendations[0]!), officer.cookie)).status).toBe(404);
    const denied = await officer.gql(SAVE, { input: { awardTypeId: gid(awardType), pageWidth: 420, pageHeight: 297, fields: fields() } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
