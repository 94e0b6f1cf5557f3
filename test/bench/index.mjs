#!/usr/bin/env node
/**
 * Live-update benchmark: prints figures, asserts nothing.
 *
 *   pnpm bench                 (builds, then runs this)
 *   BENCH_ROUNDS=300 BENCH_SUBSCRIPTIONS=1000 node test/bench/index.mjs
 *
 * Starts the built server twice on one database (instance A with an embedded PostgreSQL in a
 * temporary folder, instance B on A's database), signs in two officers, and measures:
 *   1. a plain query round trip (HTTP) on A;
 *   2. mutation → event: officer 1 updates a unit over HTTP on A, officer 2 receives the
 *      `changes` event over WebSocket, on A and on B (the other instance, via LISTEN/NOTIFY);
 *   3. the same with 1,000 more subscriptions open on A, plus the time until all of them got it,
 *      and the server's memory before and after opening them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cookieClient } from '../support/ws-client.mjs';
import { ADMIN_PASSWORD, freePort, now, post, quantile, rssOf, signIn, startServer } from './support.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1000);

const socket = (url, cookie) => cookieClient(url, cookie, { lazy: false });

const SUBSCRIBE = 'subscription($id: ID!, $since: String) { changes(since: $since, filter: { entityIds: [$id] }) { seq entityVersion } }';

/** Subscribes from `since`, so an event committed while the subscription is being set up still arrives. */
function listen(client, unitId, since, onEvent) {
  client.subscribe(
    { query: SUBSCRIBE, variables: { id: unitId, since } },
    { next: (result) => onEvent(result.data.changes), error: (error) => console.error('subscription error', error), complete() {} },
  );
}

const summary = (samples) => ({ median: quantile(samples, 0.5), p95: quantile(samples, 0.95), max: Math.max(...samples) });
const ms = (value) => `${value.toFixed(2).padStart(8)} ms`;
function row(label, samples) {
  const { median, p95, max } = summary(samples);
  console.log(`${label.padEnd(58)} median ${ms(median)}   p95 ${ms(p95)}   max ${ms(max)}   (n=${samples.length})`);
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  const [portA, portB, pgPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const servers = [];
  try {
    console.log('Khởi động máy chủ A (PostgreSQL nhúng) …');
    const a = startServer({ PORT: String(portA), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: 'false' });
    servers.push(a);
    await a.ready;
    console.log('Khởi động máy chủ B trên cùng cơ sở dữ liệu …');
    const b = startServer({ PORT: String(portB), DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/thidua`, SEED_DEMO: 'false' });
    servers.push(b);
    await b.ready;

    const admin = await signIn(a.url, 'admin', ADMIN_PASSWORD);
    const created = await post(
      a.url,
      'mutation { createUnit(input: { name: "Đơn vị đo hiệu năng", kind: ASSOCIATION }) { unit { id version } } }',
      {},
      { cookie: admin },
    );
    const unitId = created.body.data.createUnit.unit.id;
    let version = created.body.data.createUnit.unit.version;
    // Two clients: each its own session (the writer's and the reader's sockets never share anything).
    const [writer, reader] = [admin, await signIn(a.url, 'admin', ADMIN_PASSWORD)];

    // 1. Plain query round trip.
    const queryRoundTrips = async () => {
      const samples = [];
      for (let i = 0; i < ROUNDS; i++) {
        const start = now();
        await post(a.url, 'query($id: ID!) { unit(id: $id) { name version } }', { id: unitId }, { cookie: reader });
        samples.push(now() - start);
      }
      return samples;
    };

    // 2. Mutation → event at another client, on the same and on the other instance.
    const waiting = new Map();
    const arrived = (instance) => (event) => waiting.get(`${instance}:${event.entityVersion}`)?.(now());
    const head = async () => (await post(a.url, '{ latestChangeSeq }', {}, { cookie: reader })).body.data.latestChangeSeq;
    const since = await head();
    const onA = socket(a.url, reader);
    const onB = socket(b.url, reader);
    listen(onA, unitId, since, arrived('A'));
    listen(onB, unitId, since, arrived('B'));
    const edit = async () => {
      const target = version + 1;
      const seen = { A: new Promise((resolve) => waiting.set(`A:${target}`, resolve)), B: new Promise((resolve) => waiting.set(`B:${target}`, resolve)) };
      const start = now();
      const { body } = await post(
        a.url,
        'mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { version } } }',
        { input: { id: unitId, note: `lần ${target}`, expectedVersion: version } },
        { cookie: writer },
      );
      const answered = now();
      version = body.data.updateUnit.unit.version;
      const [atA, atB] = await Promise.all([seen.A, seen.B]);
      return { mutation: answered - start, a: atA - start, b: atB - start };
    };
    await edit(); // warm-up; both subscriptions are live once this arrives
    const measure = async (label, extra) => {
      const query = await queryRoundTrips();
      const results = [];
      for (let i = 0; i < ROUNDS; i++) results.push(await edit());
      console.log(`\n${label}`);
      row('truy vấn thường, khứ hồi HTTP (query round trip)', query);
      row(
        'mutation, khứ hồi HTTP (mutation round trip)',
        results.map((r) => r.mutation),
      );
      row(
        'mutation → sự kiện ở client khác, cùng máy chủ A',
        results.map((r) => r.a),
      );
      row(
        'mutation → sự kiện ở client khác, máy chủ B (LISTEN/NOTIFY)',
        results.map((r) => r.b),
      );
      extra?.();
    };
    const rssBefore = rssOf(a.child.pid);
    await measure('— 2 kết nối WebSocket (2 subscriptions)');

    // 3. With 1,000 more open subscriptions on A.
    const crowd = [];
    let received = 0;
    let allReceived = null;
    const opening = now();
    const crowdSince = await head();
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      const client = socket(a.url, reader);
      listen(client, unitId, crowdSince, () => {
        received += 1;
        if (received === SUBSCRIPTIONS) allReceived?.(now());
      });
      crowd.push(client);
    }
    // Wait until all are subscribed: one change must reach every one of them.
    const fanOut = async () => {
      received = 0;
      const done = new Promise((resolve) => (allReceived = resolve));
      const start = now();
      await edit();
      return (await done) - start;
    };
    const firstFanOut = await fanOut();
    const opened = now() - opening;
    const rssAfter = rssOf(a.child.pid);
    const fanOuts = [];
    await measure(`— thêm ${SUBSCRIPTIONS} subscriptions đang mở trên máy chủ A`, () => undefined);
    for (let i = 0; i < Math.min(ROUNDS, 50); i++) fanOuts.push(await fanOut());
    row(`mutation → cả ${SUBSCRIPTIONS} subscriptions đều nhận (fan-out)`, fanOuts);
    console.log(`\nMở ${SUBSCRIPTIONS} subscriptions và nhận sự kiện đầu tiên: ${opened.toFixed(0)} ms (lần đầu tới đủ: ${firstFanOut.toFixed(0)} ms)`);
    console.log(
      `Bộ nhớ máy chủ A (RSS): ${rssBefore.toFixed(0)} MB với 2 subscriptions → ${rssAfter.toFixed(0)} MB với ${SUBSCRIPTIONS + 2} (≈ ${(((rssAfter - rssBefore) * 1024) / SUBSCRIPTIONS).toFixed(1)} kB mỗi subscription)`,
    );
    await Promise.all([onA.dispose(), onB.dispose(), ...crowd.map((client) => client.dispose())]);
  } finally {
    for (const server of servers.reverse()) await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
