import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { AWARD_CATALOGUE, ensureAwardCatalogue } from './award-type.catalogue.js';
import { AwardType } from './award-type.entity.js';
import { removeRecords } from '../../core/changes/remove.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('award catalogue', () => {
  it('has unique, well-formed codes and the cash multipliers of Decree 152/2025', () => {
    const codes = AWARD_CATALOGUE.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9_]{1,60}$/);
    const cash = Object.fromEntries(AWARD_CATALOGUE.map((e) => [e.code, e.cashMultiplier]));
    expect(cash).toMatchObject({
      CO_THI_DUA_CHINH_PHU: 12,
      CO_THI_DUA_UBND_TINH: 8,
      CHIEN_SI_THI_DUA_TOAN_QUOC: 4.5,
      CHIEN_SI_THI_DUA_CAP_TINH: 3,
      CHIEN_SI_THI_DUA_CO_SO: 1,
      TAP_THE_LAO_DONG_XUAT_SAC: 1.5,
      TAP_THE_LAO_DONG_TIEN_TIEN: 0.8,
      LAO_DONG_TIEN_TIEN: 0.3,
    });
  });

  it('inserts the catalogue once; running it again changes nothing, and edits and deletions stay', async () => {
    // A database of its own: this test counts every row the catalogue inserts.
    const own = await createTestApp();
    try {
      const em = own.db.manager;
      const snapshot = async () => (await em.find(AwardType, { order: { code: 'ASC' } })).map((a) => ({ ...a }));
      // A code the users created themselves before the catalogue came wins over the catalogue.
      await em.save(
        em.create(AwardType, {
          code: 'GIAY_KHEN',
          nameVi: 'Giấy khen (của hội)',
          nameEn: 'Certificate',
          category: 'FORM',
          subjectKinds: ['INDIVIDUAL'],
          level: 'ORGANIZATION',
        }),
      );
      expect(await ensureAwardCatalogue(em)).toBe(AWARD_CATALOGUE.length - 1);
      const first = await snapshot();
      expect(first).toHaveLength(AWARD_CATALOGUE.length);
      expect(first.find((a) => a.code === 'GIAY_KHEN')?.nameVi).toBe('Giấy khen (của hội)');
      expect(first.find((a) => a.code === 'LAO_DONG_TIEN_TIEN')).toMatchObject({
        version: 1,
        searchText: 'lao dong tien tien advanced worker',
        cashMultiplier: 0.3,
      });

      expect(await ensureAwardCatalogue(em)).toBe(0);
      expect(await snapshot()).toEqual(first);

      const flag = await em.findOneByOrFail(AwardType, { code: 'CO_THI_DUA_UBND_TINH' });
      await em.save(Object.assign(flag, { nameVi: 'Cờ thi đua của UBND thành phố', rank: 75 }));
      await removeRecords(em, AwardType, { code: 'HUY_CHUONG_HUU_NGHI' });
      expect(await ensureAwardCatalogue(em)).toBe(0);
      const after = await snapshot();
      expect(after.find((a) => a.code === 'CO_THI_DUA_UBND_TINH')).toMatchObject({ nameVi: 'Cờ thi đua của UBND thành phố', rank: 75 });
      expect(after.map((a) => a.code)).not.toContain('HUY_CHUONG_HUU_NGHI');
      expect(after).toHaveLength(AWARD_CATALOGUE.length - 1);
    } finally {
      await own.close();
    }
  });

  it('serves the catalogue through the API: searchable, old titles inactive', async () => {
    await ensureAwardCatalogue(app.db.manager);
    const data = ok(
      await app.gql(`{
      flags: awardTypes(search: "co thi dua", filter: { active: { eq: true }, subjectKind: { eq: COLLECTIVE } }, orderBy: [{ field: CODE }]) { nodes { code } }
      old: awardTypeByCode(code: "CO_THI_DUA_XUAT_SAC_UBND_TINH") { active category level legalBasis }
      households: awardTypes(filter: { subjectKind: { eq: HOUSEHOLD }, category: { eq: TITLE } }) { nodes { code nameVi } } }`),
    );
    expect(data.flags.nodes.map((n: any) => n.code)).toEqual(['CO_THI_DUA_BO', 'CO_THI_DUA_CHINH_PHU', 'CO_THI_DUA_UBND_TINH']);
    expect(data.old).toMatchObject({ active: false, category: 'TITLE', level: 'PROVINCE' });
    expect(data.households.nodes).toEqual([{ code: 'GIA_DINH_VAN_HOA', nameVi: 'Gia đình văn hóa' }]);
  });
});
