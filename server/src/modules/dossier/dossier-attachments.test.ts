import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { fingerprint } from '../../test-support/authorization.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { AwardType } from '../award-type/entities.js';
import { ensureAwardCatalogue } from '../award-type/index.js';
import { addMember, buildBloc } from '../bloc/bloc.builders.js';
import type { Unit } from '../unit/entities.js';
import { buildDossierAttachment } from '../file/file.builders.js';
import { buildDossier, buildDossierLine } from './dossier.builders.js';
import type { Dossier } from './dossier.entity.js';

/** A dossier's attachments over real HTTP on a real database: who uploads and sees them, the checklist by award, the SUBMIT guard. */
let app: TestApp;
let unit: Unit;
let blocId: string;
let own: { gql: Gql; cookie: string };
let other: { gql: Gql; cookie: string };
let blocOfficer: { gql: Gql; cookie: string };
const PDF = Buffer.from('%PDF-1.7\nTờ trình đề nghị\n%%EOF\n');

beforeAll(async () => {
  app = await createTestApp();
  await ensureAwardCatalogue(app.db.manager);
  unit = await buildUnit(app.db);
  const bloc = await buildBloc(app.db);
  blocId = bloc.id;
  await addMember(app.db, bloc, unit, 2020);
  own = await app.loginAs('UNIT_OFFICER', { unitId: unit.id });
  other = await app.loginAs('UNIT_OFFICER', { unitId: (await buildUnit(app.db)).id });
  blocOfficer = await app.loginAs('BLOC_OFFICER', { blocId: bloc.id });
});
afterAll(() => app.close());

function upload(cookie: string, dossier: Dossier, purpose = 'TOTRINH', bytes = PDF) {
  const form = new FormData();
  form.append('owner', gid(dossier));
  form.append('purpose', purpose);
  form.append('file', new Blob([new Uint8Array(bytes)]), `${purpose}.pdf`);
  return fetch(`${app.url}/files`, { method: 'POST', body: form, headers: { cookie, 'x-requested-with': 'XMLHttpRequest' } });
}

/** A unit's draft for the bloc with one line per award code. */
async function draft(...codes: string[]): Promise<Dossier> {
  const dossier = await buildDossier(app.db, unit.id, { blocId });
  for (const code of codes) await buildDossierLine(app.db, dossier, unit.id, { awardType: await app.db.manager.findOneByOrFail(AwardType, { code }) });
  return dossier;
}

const READ = `query($id: ID!) { dossier(id: $id) { attachments { id name purpose url } checklist { kind label present missing requiredBy { code } } } }`;
const read = async (gql: Gql, dossier: Dossier) => ok(await gql(READ, { id: gid(dossier) })).dossier;
const submit = async (gql: Gql, dossier: Dossier) =>
  ok(
    await gql(`mutation($input: TransitionDossierInput!) { transitionDossier(input: $input) { dossier { status } userErrors { field code message } } }`, {
      input: { id: gid(dossier), to: 'SUBMITTED' },
    }),
  ).transitionDossier;
const files = async (dossier: Dossier) => Number((await app.db.query(`SELECT count(*) AS n FROM stored_file WHERE dossier_id = $1`, [dossier.id]))[0].n);

describe('dossier attachments', () => {
  it('takes a proposal letter from its owner while a draft; the bloc sees and downloads it, another unit neither uploads nor sees it', async () => {
    const dossier = await draft('BANG_KHEN_CHU_TICH_UBND_TINH');
    const res = await upload(own.cookie, dossier);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; url: string };
    expect((await read(own.gql, dossier)).attachments).toEqual([{ id: body.id, name: 'TOTRINH.pdf', purpose: 'TOTRINH', url: body.url }]);

    const download = await fetch(`${app.url}${body.url}`, { headers: { cookie: blocOfficer.cookie } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    expect((await upload(other.cookie, dossier)).status).toBe(404);
    expect((await fetch(`${app.url}${body.url}`, { headers: { cookie: other.cookie } })).status).toBe(404);
    // A purpose that is no attachment kind of a dossier.
    expect(((await (await upload(own.cookie, dossier, 'EVIDENCE')).json()) as { code: string }).code).toBe('PURPOSE_NOT_ALLOWED');
    expect(await files(dossier)).toBe(1);
  });

  it('lists what each award needs: a Certificate of Merit the letter and report, a flag also the minutes, an Emulation Fighter also the initiative', async () => {
    const dossier = await draft('BANG_KHEN_CHU_TICH_UBND_TINH', 'CO_THI_DUA_UBND_TINH', 'CHIEN_SI_THI_DUA_CAP_TINH');
    await buildDossierAttachment(app.db, dossier.id, 'TOTRINH');
    await buildDossierAttachment(app.db, dossier.id, 'TOTRINH', { name: 'Tờ trình bổ sung.pdf' });
    expect((await read(own.gql, dossier)).checklist).toEqual([
      {
        kind: 'TOTRINH',
        label: 'Tờ trình đề nghị',
        present: 2,
        missing: false,
        requiredBy: [{ code: 'BANG_KHEN_CHU_TICH_UBND_TINH' }, { code: 'CO_THI_DUA_UBND_TINH' }, { code: 'CHIEN_SI_THI_DUA_CAP_TINH' }],
      },
      {
        kind: 'BAOCAO',
        label: 'Báo cáo thành tích',
        present: 0,
        missing: true,
        requiredBy: [{ code: 'BANG_KHEN_CHU_TICH_UBND_TINH' }, { code: 'CO_THI_DUA_UBND_TINH' }, { code: 'CHIEN_SI_THI_DUA_CAP_TINH' }],
      },
      {
        kind: 'BIENBAN',
        label: 'Biên bản họp xét, bỏ phiếu',
        present: 0,
        missing: true,
        requiredBy: [{ code: 'CO_THI_DUA_UBND_TINH' }, { code: 'CHIEN_SI_THI_DUA_CAP_TINH' }],
      },
      { kind: 'SANGKIEN', label: 'Sáng kiến', present: 0, missing: true, requiredBy: [{ code: 'CHIEN_SI_THI_DUA_CAP_TINH' }] },
    ]);
  });

  it('refuses SUBMIT while a required attachment is missing, naming it; submits once attached', async () => {
    const dossier = await draft('BANG_KHEN_CHU_TICH_UBND_TINH');
    await upload(own.cookie, dossier, 'TOTRINH');
    expect((await submit(own.gql, dossier)).userErrors).toEqual([
      { field: ['to'], code: 'ATTACHMENTS_MISSING', message: 'Hồ sơ còn thiếu tài liệu đính kèm bắt buộc: báo cáo thành tích.' },
    ]);
    expect((await upload(own.cookie, dossier, 'BAOCAO')).status).toBe(201);
    expect((await read(own.gql, dossier)).checklist.map((c: { missing: boolean }) => c.missing)).toEqual([false, false]);
    expect((await submit(own.gql, dossier)).dossier.status).toBe('SUBMITTED');
  });

  it('refuses uploads and deletes once submitted (DOSSIER_LOCKED) and stores nothing', async () => {
    const dossier = await draft('GIAY_KHEN');
    for (const kind of ['TOTRINH', 'BAOCAO', 'BIENBAN']) expect((await upload(own.cookie, dossier, kind)).status).toBe(201);
    expect((await submit(own.gql, dossier)).dossier.status).toBe('SUBMITTED');
    const [file] = (await read(own.gql, dossier)).attachments;
    const before = await fingerprint(app.db);
    const refused = await upload(own.cookie, dossier, 'KHAC');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ code: 'DOSSIER_LOCKED', message: expect.stringContaining('Hồ sơ đã gửi đi') });
    const deleted = ok(await own.gql(`mutation($id: ID!) { deleteStoredFile(id: $id) { deletedId userErrors { code } } }`, { id: file.id })).deleteStoredFile;
    expect(deleted.userErrors).toEqual([{ code: 'DOSSIER_LOCKED' }]);
    expect(await fingerprint(app.db)).toEqual(before);
    expect(await files(dossier)).toBe(3);
  });

  it('lets its owner delete an attachment of a draft; the files go with the dossier', async () => {
    const dossier = await draft();
    const body = (await (await upload(own.cookie, dossier, 'KHAC')).json()) as { id: string };
    expect(
      ok(await other.gql(`mutation($id: ID!) { deleteStoredFile(id: $id) { userErrors { code } } }`, { id: body.id })).deleteStoredFile.userErrors,
    ).toEqual([{ code: 'NOT_FOUND' }]);
    expect(ok(await own.gql(`mutation($id: ID!) { deleteStoredFile(id: $id) { deletedId userErrors { code } } }`, { id: body.id })).deleteStoredFile).toEqual({
      deletedId: body.id,
      userErrors: [],
    });
    await upload(own.cookie, dossier, 'TOTRINH');
    await app.db.query(`DELETE FROM dossier WHERE id = $1`, [dossier.id]);
    expect(await files(dossier)).toBe(0);
  });
});
