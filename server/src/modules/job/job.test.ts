import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { UnitKind } from '@thidua/shared';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildUnit } from '../../test-support/builders.js';
import { subscribe, wsClient } from '../../test-support/ws.js';
import { BackgroundJob } from './background-job.entity.js';

/** Background jobs on the real queue: a list export as the officer sees it, progress live, the file, ownership, bad input, one run across instances. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  for (let i = 0; i < 130; i += 1) await buildUnit(app.db, { name: `Hội xuất thử ${String(i).padStart(3, '0')}`, kind: i % 3 ? 'ASSOCIATION' : 'ENTERPRISE' });
});
afterAll(() => app.close());

const UNITS = `query Units($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: UnitFilter, $orderBy: [UnitOrder!]) {
  units(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name kind area createdAt }
  }
}`;
const JOB = 'job { id kind status title done total message errorCode resultName resultSize resultUrl attempts }';
const labels = Object.fromEntries(UnitKind.values.map((v) => [v, UnitKind.labels[v].vi]));
const exportInput = (variables: Record<string, unknown>) => ({
  title: 'Đơn vị',
  document: UNITS,
  variables,
  description: 'Tìm: "xuất thử"; Loại hình: Hội, hiệp hội',
  columns: [
    { header: 'Tên đơn vị', path: 'name' },
    { header: 'Loại hình', path: 'kind', labels },
    { header: 'Ngày tạo', path: 'createdAt', format: 'DATETIME' },
  ],
});
async function start(input: Record<string, unknown>, gql: Gql = app.gql) {
  return ok(await gql(`mutation($input: ListExportInput!) { startListExport(input: $input) { ${JOB} userErrors { field code message } } }`, { input }))
    .startListExport;
}
async function finished(id: string, gql: Gql = app.gql) {
  for (let i = 0; i < 200; i += 1) {
    const { job } = ok(await gql(`query($id: ID!) { ${JOB.replace('job {', 'job(id: $id) {')} }`, { id }));
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
}
async function download(url: string, cookie: string | undefined) {
  return fetch(`${app.url}${url}`, { headers: cookie ? { cookie } : {} });
}

describe('a list export', () => {
  it('writes the list as the officer sees it (filter, search, order, Vietnamese headers and labels), with progress announced live', async () => {
    const officer = await app.loginAs('BOARD_OFFICER');
    const variables = { search: 'xuat thu', filter: { kind: { eq: 'ASSOCIATION' } }, orderBy: [{ field: 'NAME', direction: 'DESC' }] };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { units }: { units: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = ok(
        await officer.gql(UNITS, { ...variables, first: 100, after }),
      );
      seen.push(...units.nodes.map((n) => n.name));
      if (!units.pageInfo.hasNextPage) break;
      after = units.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(86);

    const started = await start(exportInput(variables), officer.gql);
    expect(started.userErrors).toEqual([]);
    expect(started.job).toMatchObject({ kind: 'LIST_EXPORT', title: 'Xuất danh sách ra Excel: Đơn vị', resultUrl: null });
    const socket = wsClient(app.url, { cookie: officer.cookie });
    const updates = subscribe(socket, `subscription($id: ID!) { jobUpdated(id: $id) { status done total } }`, { id: started.job.id });
    const job = await finished(started.job.id, officer.gql);
    expect(job).toMatchObject({ status: 'SUCCEEDED', done: 86, total: 86, attempts: 1, resultName: 'Đơn vị.xlsx' });
    await updates.waitFor(1);
    await expect.poll(() => updates.items.at(-1)?.jobUpdated.status).toBe('SUCCEEDED');
    expect(updates.items.at(-1)!.jobUpdated).toEqual({ status: 'SUCCEEDED', done: 86, total: 86 });
    updates.stop();
    await socket.dispose();

    const response = await download(job.resultUrl, officer.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''%C4%90%C6%A1n%20v%E1%BB%8B.xlsx");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Đơn vị');
    expect(sheet.getRow(1).getCell(1).value).toBe('Đơn vị');
    expect(sheet.getRow(2).getCell(1).value).toBe('Tìm: "xuất thử"; Loại hình: Hội, hiệp hội');
    expect(sheet.getRow(4).values).toEqual([undefined, 'Tên đơn vị', 'Loại hình', 'Ngày tạo']);
    const rows = Array.from({ length: 86 }, (_, i) => sheet.getRow(5 + i));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(seen);
    expect(new Set(rows.map((r) => r.getCell(2).value))).toEqual(new Set(['Hội, hiệp hội']));
    expect(rows[0]!.getCell(3).value).toBeInstanceOf(Date);
    expect(sheet.getRow(5 + 86).getCell(1).value ?? null).toBeNull();
  });

  it('belongs to whoever asked: others find no job and no file; anonymous callers are refused', async () => {
    const owner = await app.loginAs('BOARD_OFFICER');
    const other = await app.loginAs('BOARD_OFFICER');
    const { job } = await start(exportInput({ search: 'xuat thu 00' }), owner.gql);
    const done = await finished(job.id, owner.gql);
    expect(done.status).toBe('SUCCEEDED');
    const asOther = await other.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: job.id });
    expect(asOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ok(await other.gql(`{ myJobs { id } }`)).myJobs).toEqual([]);
    expect(ok(await owner.gql(`{ myJobs { id } }`)).myJobs.map((j: { id: string }) => j.id)).toEqual([job.id]);
    expect((await download(done.resultUrl, other.cookie)).status).toBe(404);
    expect((await download(done.resultUrl, undefined)).status).toBe(401);
    const anonymous = await app.client({})(`mutation($input: ListExportInput!) { startListExport(input: $input) { job { id } } }`, { input: exportInput({}) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses what is not one list query, and queues nothing', async () => {
    const before = await app.db.getRepository(BackgroundJob).count();
    const cases: [string, string][] = [
      ['query {', 'Truy vấn không đọc được'],
      ['mutation { logout { userErrors { code } } }', 'Chỉ xuất được một truy vấn đọc'],
      ['query { units { nodes { nope } } }', 'Truy vấn không hợp lệ'],
      ['query { apiLimits { maxCost } }', 'đúng một danh sách'],
      ['query($first: Int) { units(first: $first) { nodes { id } pageInfo { hasNextPage endCursor } } }', 'đúng một danh sách'],
    ];
    for (const [document, message] of cases) {
      const { job, userErrors } = await start({ ...exportInput({}), document });
      expect(job).toBeNull();
      expect(userErrors).toEqual([{ field: ['document'], code: 'INVALID', message: expect.stringContaining(message) }]);
    }
    const badPath = await app.gql(`mutation($input: ListExportInput!) { startListExport(input: $input) { job { id } userErrors { field code } } }`, {
      input: { ...exportInput({}), columns: [{ header: 'Tên', path: 'name; DROP' }] },
    });
    expect(ok(badPath).startListExport.userErrors).toEqual([{ field: ['columns', '0', 'path'], code: 'INVALID' }]);
    expect(await app.db.getRepository(BackgroundJob).count()).toBe(before);
  });

  it('runs each job once across two instances', async () => {
    const other = await app.anotherInstance();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 6; i += 1) ids.push((await start(exportInput({ search: `xuat thu 0${i}` }))).job.id);
      const jobs = await Promise.all(ids.map((id) => finished(id)));
      expect(jobs.map((j) => [j.status, j.attempts])).toEqual(ids.map(() => ['SUCCEEDED', 1]));
    } finally {
      await other.close();
    }
  });

  async function savedJob(user: { id: string; username: string }, status: 'QUEUED' | 'RUNNING', attempts = 0) {
    return app.db.getRepository(BackgroundJob).save({
      kind: 'LIST_EXPORT',
      status,
      attempts,
      title: 'Xuất danh sách ra Excel: Đơn vị',
      input: exportInput({ search: 'xuat thu 01' }),
      actorKind: 'USER',
      createdById: user.id,
      actorName: user.username,
    });
  }

  it('a job its server died running is run again from the start, once, when the queue hands it out again', async () => {
    const officer = await app.loginAs('BOARD_OFFICER');
    const job = await savedJob(officer.user, 'RUNNING', 1);
    await app.http.jobs.enqueue(job.id);
    const [mine] = ok(await officer.gql(`{ myJobs { id } }`)).myJobs;
    const final = await finished(mine.id, officer.gql);
    const { units } = ok(await officer.gql(`{ units(search: "xuat thu 01") { totalCount } }`));
    expect(final).toMatchObject({ status: 'SUCCEEDED', attempts: 2, done: units.totalCount });
  });

  it('a cancelled job never runs; an ended one cannot be cancelled', async () => {
    const officer = await app.loginAs('BOARD_OFFICER');
    const job = await savedJob(officer.user, 'QUEUED');
    const [mine] = ok(await officer.gql(`{ myJobs { id } }`)).myJobs;
    const cancelled = ok(await officer.gql(`mutation($id: ID!) { cancelJob(id: $id) { ${JOB} userErrors { code } } }`, { id: mine.id })).cancelJob;
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.job).toMatchObject({ status: 'CANCELLED', resultUrl: null });
    await app.http.jobs.run(job.id);
    expect(await app.db.getRepository(BackgroundJob).findOneByOrFail({ id: job.id })).toMatchObject({ status: 'CANCELLED', attempts: 0 });
    const again = ok(await officer.gql(`mutation($id: ID!) { cancelJob(id: $id) { job { id } userErrors { code } } }`, { id: mine.id })).cancelJob;
    expect(again.userErrors).toEqual([{ code: 'INVALID_STATE' }]);
  });
});
