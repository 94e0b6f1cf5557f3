import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildBloc, buildCovenant, buildCriterion, buildMembership } from '../covenant/covenant.builders.js';
import { buildAssessment } from '../scoring/scoring.builders.js';
import type { CovenantAssessment } from '../scoring/entities.js';

/** Uploads and downloads over real HTTP on a real database, with a small limit (64 KB). */
const LIMIT = 64 * 1024;
let app: TestApp;
let assessment: CovenantAssessment;
let own: string;
let other: string;
let analyst: string;
const PDF = Buffer.from('%PDF-1.7\nBiên bản họp khối\n%%EOF\n');

beforeAll(async () => {
  app = await createTestApp({ maxUploadBytes: LIMIT });
  const bloc = await buildBloc(app.db);
  const [unit, stranger] = [await buildUnit(app.db), await buildUnit(app.db)];
  await buildMembership(app.db, bloc, unit.id, 2000);
  await buildMembership(app.db, bloc, stranger.id, 2000);
  const criterion = await buildCriterion(app.db, await buildCovenant(app.db, { blocId: bloc.id }), { kind: 'QUALITATIVE', maxScore: 10 });
  assessment = await buildAssessment(app.db, criterion, unit.id);
  own = (await app.loginAs('UNIT_OFFICER', { unitId: unit.id })).cookie;
  other = (await app.loginAs('UNIT_OFFICER', { unitId: stranger.id })).cookie;
  analyst = (await app.loginAs('ANALYST')).cookie;
});
afterAll(() => app.close());

function upload(cookie: string, name: string, bytes: Buffer, owner = gid(assessment), purpose = 'EVIDENCE') {
  const form = new FormData();
  form.append('owner', owner);
  form.append('purpose', purpose);
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${app.url}/files`, { method: 'POST', body: form, headers: { cookie, 'x-requested-with': 'XMLHttpRequest' } });
}

const rows = async () => Number((await app.db.query('SELECT count(*) AS n FROM stored_file'))[0].n);

describe('files', () => {
  it('stores an upload in one row and sends it back as a download, Vietnamese name kept', async () => {
    const name = 'Biên bản họp khối – quý 1.pdf';
    const res = await upload(own, name, PDF);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; name: string; size: number; contentType: string; url: string };
    expect(body).toMatchObject({ name, size: PDF.length, contentType: 'application/pdf' });

    const download = await fetch(`${app.url}${body.url}`, { headers: { cookie: analyst } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const disposition = download.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; /);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe(name);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toMatch(/^sandbox/);
    expect(download.headers.get('cache-control')).toMatch(/private/);

    // The event log has the file, not its bytes.
    const [event] = await app.db.query(`SELECT changes FROM change_event WHERE entity_type = 'StoredFile' ORDER BY seq DESC LIMIT 1`);
    expect(Object.keys(event.changes)).toContain('sha256');
    expect(Object.keys(event.changes)).not.toContain('content');
  });

  it('refuses a file over the limit with 413 and stores nothing, whether declared or streamed', async () => {
    const before = await rows();
    for (const size of [LIMIT + 1000, LIMIT * 4]) {
      const res = await upload(own, 'lớn.pdf', Buffer.concat([PDF, Buffer.alloc(size)]));
      expect(res.status, String(size)).toBe(413);
      expect(await res.json()).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringMatching(/Tệp quá lớn/) });
    }
    expect(await rows()).toBe(before);
  });

  it('refuses HTML, SVG and a PDF named .html', async () => {
    const before = await rows();
    for (const [name, text] of [
      ['trang.html', '<!doctype html><script>alert(1)</script>'],
      ['ghi chú.txt', '<html><body onload="alert(1)">'],
      ['hình.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ] as const) {
      const res = await upload(own, name, Buffer.from(text));
      expect(res.status, name).toBe(415);
      expect(await res.json()).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    }
    expect((await upload(own, 'minh chứng.html', PDF)).status).toBe(415);
    expect(await rows()).toBe(before);
  });

  it('leaves nothing of an upload aborted half-way', async () => {
    const before = await rows();
    const boundary = 'xyzBOUNDARY';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="owner"\r\n\r\n${gid(assessment)}\r\n--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nEVIDENCE\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="dở dang.pdf"\r\n\r\n`;
    await new Promise<void>((resolve) => {
      const req = http.request(`${app.url}/files`, {
        method: 'POST',
        headers: { cookie: own, 'x-requested-with': 'XMLHttpRequest', 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': 40_000 },
      });
      req.on('error', () => resolve());
      req.write(head);
      req.write(PDF);
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 200);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await rows()).toBe(before);
    expect((await upload(own, 'sau.pdf', PDF)).status).toBe(201);
  });

  it('keeps another unit out: no upload, download or delete, the file hidden from its lists', async () => {
    const res = await upload(other, 'của đơn vị khác.pdf', PDF);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
    const mine = (await (await upload(own, 'riêng.pdf', PDF)).json()) as { id: string; url: string };
    const download = await fetch(`${app.url}${mine.url}`, { headers: { cookie: other } });
    expect(download.status).toBe(404);
    expect(await download.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await fetch(`${app.url}${mine.url}`)).status).toBe(401);

    const deletion = `mutation($id: ID!) { deleteStoredFile(id: $id) { deletedId userErrors { code } } }`;
    const { gql: stranger } = await app.loginAs('UNIT_OFFICER', { unitId: (await buildUnit(app.db)).id });
    expect(ok(await stranger(deletion, { id: mine.id })).deleteStoredFile.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const listed = `query($id: ID!) { node(id: $id) { ... on CovenantAssessment { evidenceFiles { id name url } } } }`;
    expect(ok(await stranger(listed, { id: gid(assessment) })).node.evidenceFiles).toEqual([]);
    expect(ok(await app.gql(listed, { id: gid(assessment) })).node.evidenceFiles.map((f: { id: string }) => f.id)).toContain(mine.id);

    const { gql: officer } = { gql: app.client({ cookie: own }) };
    expect(ok(await officer(deletion, { id: mine.id })).deleteStoredFile).toEqual({ deletedId: mine.id, userErrors: [] });
    expect((await fetch(`${app.url}${mine.url}`, { headers: { cookie: own } })).status).toBe(404);
  });

  it('lists the evidence of many assessments in as many statements as of one', async () => {
    const criterion = await buildCriterion(app.db, await buildCovenant(app.db), { kind: 'QUALITATIVE', maxScore: 5 });
    const units = await Promise.all([1, 2, 3, 4].map(() => buildUnit(app.db)));
    const many = await Promise.all(units.map((unit) => buildAssessment(app.db, criterion, unit.id)));
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on CovenantAssessment { evidenceFiles { name size contentType uploadedBy uploadedAt url } } } }`;
    const one = await app.gql(query, { ids: [gid(assessment)] });
    const four = await app.gql(query, { ids: [gid(assessment), ...many.map(gid)] });
    ok(four);
    expect(four.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});
