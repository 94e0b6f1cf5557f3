import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath } from '@thidua/shared';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { readPdf } from '../../test-support/documents.js';
import { buildDossierLine, buildDossier } from '../dossier/dossier.builders.js';
import { DocumentTemplate } from './entities.js';

/** The Board's templates: listed with the defaults, saved against a version, refused with the unknown fields named, used by every download. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const SAVE = `mutation($input: SaveDocumentTemplateInput!) { saveDocumentTemplate(input: $input) { template { id version kind body } userErrors { field code message } } }`;
const save = async (input: Record<string, unknown>, gql = app.gql) => ok(await gql(SAVE, { input })).saveDocumentTemplate;
const templates = async () =>
  ok(await app.gql(`{ documentTemplates { kind label body defaultBody template { id version } placeholders { name list description } } }`)).documentTemplates;

describe('document templates', () => {
  it('lists every kind with the template shipped in code and the fields it may use', async () => {
    const list = await templates();
    expect(list.map((t: any) => t.kind)).toEqual(['PROPOSAL_LETTER', 'ACHIEVEMENT_REPORT', 'BALLOT_MINUTES', 'COUNCIL_MINUTES', 'DECISION']);
    const decision = list.find((t: any) => t.kind === 'DECISION');
    expect(decision).toMatchObject({ template: null, label: 'Dự thảo quyết định khen thưởng và danh sách kèm theo' });
    expect(decision.body).toBe(decision.defaultBody);
    expect(decision.body).toContain('[[individuals |');
    expect(decision.placeholders).toContainEqual({ name: 'number', list: null, description: 'Số quyết định (để trống trên dự thảo)' });
    expect(decision.placeholders).toContainEqual({ name: 'position', list: 'individuals', description: 'Chức vụ (cá nhân)' });
  });

  it('refuses fields and lists the kind does not have, naming them, and writes nothing', async () => {
    const refused = await save({
      kind: 'PROPOSAL_LETTER',
      body: '# TỜ TRÌNH\nSố {soHieu} ngày {date}\n[[individuals | Tên: {name} | Quê: {queQuan}]]\n?nhanVien *Nhân viên*',
    });
    expect(refused.template).toBeNull();
    expect(refused.userErrors).toEqual([
      { field: ['body'], code: 'TEMPLATE_INVALID', message: 'Trường không có trong "Tờ trình đề nghị khen thưởng (Mẫu 01)": {soHieu}, {individuals.queQuan}.' },
      { field: ['body'], code: 'TEMPLATE_INVALID', message: 'Danh sách không có trong "Tờ trình đề nghị khen thưởng (Mẫu 01)": nhanVien.' },
    ]);
    expect(await app.db.manager.countBy(DocumentTemplate, { kind: 'PROPOSAL_LETTER' })).toBe(0);
    expect((await save({ kind: 'PROPOSAL_LETTER', body: '   ' })).userErrors[0].code).toBe('REQUIRED');
  });

  it('saves the Board’s template, which every download then uses; a stale version is a conflict; officers of units may not save', async () => {
    const unit = await buildUnit(app.db, { name: 'Phường Lê Chân' });
    const dossier = await buildDossier(app.db, unit.id, { proposalNumber: '07/TTr-UBND' });
    await buildDossierLine(app.db, dossier, unit.id);
    const created = await save({
      kind: 'PROPOSAL_LETTER',
      body: '# TỜ TRÌNH CỦA {proposingUnitUpper}\nSố hiệu riêng: {number}\n[[collectives | Tập thể được đề nghị: {name}]]',
    });
    expect(created.userErrors).toEqual([]);
    expect(created.template).toMatchObject({ version: 1, kind: 'PROPOSAL_LETTER' });
    const cookie = (await app.loginAs('BOARD_OFFICER')).cookie;
    const pdf = await fetch(app.url + documentPath('PROPOSAL_LETTER', gid(dossier), 'pdf'), { headers: { cookie } });
    const { text } = await readPdf(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('TỜ TRÌNH CỦA PHƯỜNG LÊ CHÂN');
    expect(text).toContain('Số hiệu riêng: 07/TTr-UBND');
    expect(text).toContain('Tập thể được đề nghị');
    expect(text).not.toContain('Kính gửi');

    const edited = await save({ kind: 'PROPOSAL_LETTER', body: '# TỜ TRÌNH\n{title}', expectedVersion: 1 });
    expect(edited.template).toMatchObject({ id: created.template.id, version: 2 });
    const stale = await save({ kind: 'PROPOSAL_LETTER', body: '# TỜ TRÌNH (sửa từ bản cũ)\n{title}', expectedVersion: 1 });
    expect(stale.userErrors.map((e: any) => e.code)).toEqual(['CONFLICT']);
    expect((await templates()).find((t: any) => t.kind === 'PROPOSAL_LETTER')).toMatchObject({ body: '# TỜ TRÌNH\n{title}', template: { version: 2 } });

    const officer = (await app.loginAs('UNIT_OFFICER', { unitId: unit.id })).gql;
    const denied = await officer(SAVE, { input: { kind: 'PROPOSAL_LETTER', body: '# TỜ TRÌNH\n{title}' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
