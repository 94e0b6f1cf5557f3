#!/usr/bin/env node
/**
 * Read-path throughput, side by side with a hand-written SQL reference: prints figures, asserts nothing.
 *
 *   pnpm bench                                   (builds, then runs this and the live benchmark)
 *   BENCH_SECONDS=10 BENCH_UNITS=1000000 node test/bench/throughput/index.mjs
 *
 * Starts the built product in production mode on an embedded PostgreSQL in a temporary folder,
 * generates a dataset in SQL (BENCH_UNITS units, 2,000 blocs, 150,000 memberships, 1,000,000
 * commendations over ten years, one covenant of 50 criteria signed by 100 members), starts the
 * reference server (test/bench/throughput/reference.mjs) on the same database, and measures each
 * operation of operations.mjs at 10 connections on both: requests/s, p50, p99, the ratio to the
 * reference, SQL statements per request (the product's own count) and Node CPU ms per request.
 * The paged lists are measured once more at 10,000 units first, for their p99 at 10k vs the full size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { ADMIN_PASSWORD, cpuMsOf, freePort, globalId, post, rssOf, signIn, startProcess, startServer } from '../support.mjs';
import { BLOC_YEAR, blocsSql, commendationsSql, covenantSql, decisionsSql, idOf, load, membershipsSql, unitsSql } from './dataset.mjs';
import { agentFor, measure, postText } from './load.mjs';
import { operations } from './operations.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const UNITS = Number(process.env.BENCH_UNITS ?? 100_000);
const SMALL_UNITS = 10_000;
const BLOCS = 2_000;
const MEMBERSHIPS = 150_000;
const COMMENDATIONS = Number(process.env.BENCH_COMMENDATIONS ?? 1_000_000);
const DECISIONS_PER_YEAR = 200;
const CRITERIA = 50;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const fixed = (value, width, digits = 1) => value.toFixed(digits).padStart(width);

async function timed(label, work) {
  const start = Date.now();
  await work();
  console.log(`  ${label}: ${seconds(Date.now() - start)}`);
}

/** The ids and cursors the operations ask for. */
async function paramsFor(product) {
  // The cursor after row 3,980 of the default order: what the app sends for page 200 of 20.
  let after = null;
  for (let taken = 0; taken < 199 * 20;) {
    const first = Math.min(100, 199 * 20 - taken);
    const { body } = await product.graphql(
      `query($first: Int!, $after: String) { units(first: $first, after: $after, orderBy: [{ field: NAME, direction: ASC }]) { pageInfo { endCursor } } }`,
      { first, after },
    );
    after = body.data.units.pageInfo.endCursor;
    taken += first;
  }
  return {
    page200Cursor: after,
    page200Key: JSON.parse(Buffer.from(after, 'base64url').toString('utf8')),
    unitId: idOf('unit', 42),
    unitGid: globalId('Unit', idOf('unit', 42)),
    blocId: idOf('bloc', 1),
    blocGid: globalId('Bloc', idOf('bloc', 1)),
    covenantId: idOf('covenant', 1),
    covenantGid: globalId('Covenant', idOf('covenant', 1)),
  };
}

/** Measures one operation on both sides; prints a row. */
async function compare(op, params, product, reference) {
  const variables = op.variables(params);
  const sqlParams = JSON.stringify(op.sqlParams(params));
  const sample = await product.graphql(op.query, variables);
  const referenceData = JSON.parse(await reference.send(op.name, sqlParams)).data;
  const same = isDeepStrictEqual(sample.body.data, referenceData);
  const statements = sample.body.extensions?.sqlStatements ?? '?';

  const cpuBefore = cpuMsOf(product.pid);
  const ours = await measure(() => product.send(op.query, variables), { connections: CONNECTIONS, seconds: SECONDS });
  const cpu = (cpuMsOf(product.pid) - cpuBefore) / (ours.count * (1 + 1 / SECONDS)); // the warm-up second's requests used CPU too
  const theirs = await measure(() => reference.send(op.name, sqlParams), { connections: CONNECTIONS, seconds: SECONDS });
  console.log(
    `${op.label.slice(0, 62).padEnd(62)} ${fixed(ours.rps, 7)} ${fixed(ours.p50, 7, 2)} ${fixed(ours.p99, 8, 2)} │ ${fixed(theirs.rps, 7)} ${fixed(theirs.p50, 7, 2)} ${fixed(theirs.p99, 8, 2)} │ ${fixed(ours.rps / theirs.rps, 5, 2)}× ${String(statements).padStart(4)} ${fixed(cpu, 6, 2)}  ${same ? 'giống' : 'KHÁC'}`,
  );
  if (!same) console.log(`    khác ở (differs at) ${firstDifference(sample.body.data, referenceData)}`);
  return { ours, theirs };
}

/** The first path where two JSON values differ, for the "KHÁC" mark. */
function firstDifference(a, b, at = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${at}.${key}`);
      if (found) return found;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
}

const HEADER = `${'thao tác (operation)'.padEnd(62)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(8)} │ ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(8)} │ ${'tỉ lệ'.padStart(6)} ${'SQL'.padStart(4)} ${'CPU ms'.padStart(6)}  JSON`;

/** A list export of every unit as a background job (the page's query, 100 rows a page, streamed xlsx): time and rows/s. */
async function exportBench(product, rows) {
  const document = `query($first: Int, $after: String) { units(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name shortName kind area createdAt } } }`;
  const columns = [
    { header: 'Tên', path: 'name' },
    { header: 'Tên viết tắt', path: 'shortName' },
    { header: 'Loại', path: 'kind', labels: { ASSOCIATION: 'Hội, hiệp hội' } },
    { header: 'Địa bàn', path: 'area' },
    { header: 'Ngày tạo', path: 'createdAt', format: 'DATETIME' },
  ];
  const started = performance.now();
  const { body } = await product.graphql(`mutation($input: ListExportInput!) { startListExport(input: $input) { job { id } userErrors { message } } }`, {
    input: { title: 'Đơn vị', document, columns },
  });
  const id = body.data.startListExport.job.id;
  let job;
  do {
    await new Promise((resolve) => setTimeout(resolve, 200));
    job = (await product.graphql(`query($id: ID!) { job(id: $id) { status done resultSize message } }`, { id })).body.data.job;
  } while (job.status === 'QUEUED' || job.status === 'RUNNING');
  const ms = performance.now() - started;
  console.log(
    `\nXuất Excel (list export job) ${job.done.toLocaleString('vi-VN')} / ${rows.toLocaleString('vi-VN')} đơn vị: ${job.status}, ${seconds(ms)}, ${Math.round(job.done / (ms / 1000)).toLocaleString('vi-VN')} dòng/s, tệp ${((job.resultSize ?? 0) / 1_048_576).toFixed(1)} MB`,
  );
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  const [port, pgPort, referencePort] = await Promise.all([freePort(), freePort(), freePort()]);
  const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/thidua`;
  const processes = [];
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    console.log(
      `Đo thông lượng đọc (read throughput), ${CONNECTIONS} kết nối, ${SECONDS} s mỗi thao tác; sản phẩm │ tham chiếu SQL viết tay │ tỉ lệ, số câu SQL và CPU Node mỗi yêu cầu của sản phẩm`,
    );
    const server = startServer({ PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: 'false', QUERY_STATS: 'true' });
    processes.push(server);
    await server.ready;
    const rssAtStart = rssOf(server.child.pid);
    const cookie = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    const agent = agentFor(CONNECTIONS);
    const product = {
      pid: server.child.pid,
      graphql: (query, variables) => post(server.url, query, variables, { cookie }),
      send: (query, variables) => postText(agent, `${server.url}/graphql`, JSON.stringify({ query, variables }), { cookie }),
    };
    const reference = startProcess(
      path.join(import.meta.dirname, 'reference.mjs'),
      { DATABASE_URL: databaseUrl, PORT: String(referencePort), POOL_SIZE: String(CONNECTIONS) },
      'reference ready',
    );
    processes.push(reference);
    await reference.ready;
    const referenceAgent = agentFor(CONNECTIONS);
    const referenceSide = { send: (name, body) => postText(referenceAgent, `http://127.0.0.1:${referencePort}/${encodeURIComponent(name)}`, body) };

    await client.connect();
    console.log(`\nDữ liệu nhỏ: ${SMALL_UNITS.toLocaleString('vi-VN')} đơn vị`);
    await timed('sinh dữ liệu (generate)', () => load(client, [unitsSql(1, SMALL_UNITS)]));
    const paged = operations.filter((op) => op.name.startsWith('units page'));
    console.log(HEADER);
    const small = {};
    const smallParams = await paramsFor(product);
    for (const op of paged) small[op.name] = await compare(op, smallParams, product, referenceSide);

    console.log(
      `\nDữ liệu lớn: ${UNITS.toLocaleString('vi-VN')} đơn vị, ${BLOCS.toLocaleString('vi-VN')} khối, ${MEMBERSHIPS.toLocaleString('vi-VN')} tư cách thành viên, ${COMMENDATIONS.toLocaleString('vi-VN')} khen thưởng (10 năm), 1 giao ước × ${CRITERIA} tiêu chí`,
    );
    await timed('sinh dữ liệu (generate)', () =>
      load(
        client,
        [
          unitsSql(SMALL_UNITS + 1, UNITS),
          decisionsSql(DECISIONS_PER_YEAR),
          blocsSql(BLOCS),
          membershipsSql(MEMBERSHIPS, UNITS, BLOCS, 100 - Math.floor(MEMBERSHIPS / BLOCS)),
          commendationsSql(1, COMMENDATIONS, UNITS, DECISIONS_PER_YEAR),
          ...covenantSql(CRITERIA),
        ],
        { rebuildCommendationSearch: true },
      ),
    );
    const params = await paramsFor(product);
    console.log(HEADER);
    const large = {};
    for (const op of operations) large[op.name] = await compare(op, params, product, referenceSide);

    console.log(`\np99 của danh sách phân trang (paged lists), ${SMALL_UNITS.toLocaleString('vi-VN')} → ${UNITS.toLocaleString('vi-VN')} đơn vị:`);
    for (const op of paged) {
      const [before, after] = [small[op.name].ours.p99, large[op.name].ours.p99];
      console.log(`  ${op.label.padEnd(62)} ${fixed(before, 8, 2)} ms → ${fixed(after, 8, 2)} ms (${(after / before).toFixed(2)}×)`);
    }
    await exportBench(product, UNITS);
    console.log(`\nBộ nhớ máy chủ (RSS): ${rssAtStart.toFixed(0)} MB sau khởi động → ${rssOf(server.child.pid).toFixed(0)} MB sau khi đo`);
    console.log(`(năm của khối: ${BLOC_YEAR}; "JSON giống" = sản phẩm và tham chiếu trả cùng dữ liệu)`);
  } finally {
    await client.end().catch(() => undefined);
    for (const child of processes.reverse()) await child.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
