import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, gql, login, serverMain, startServer, tempDataDir, waitUntilReady, type ServerProcess } from '../support/server-process.js';

/**
 * The product as a fresh machine runs it: no DATABASE_URL, so an embedded PostgreSQL with its
 * data in a folder; demo data on the first start only; data kept across restarts; a clean stop.
 */
const dataDir = tempDataDir();
const running: ServerProcess[] = [];
afterAll(async () => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function envFor() {
  return { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), DATA_DIR: dataDir, HOST: '127.0.0.1' };
}

describe('starting the product', () => {
  it('is built', () => {
    expect(fs.existsSync(serverMain)).toBe(true);
  });

  it('starts on an embedded database, loads the demo data once, keeps data across restarts and stops cleanly', async () => {
    const env = await envFor();
    const first = startServer(env);
    running.push(first);
    await waitUntilReady(first);
    expect(first.output()).toContain('Đã nạp dữ liệu mẫu');
    // Reading and writing need an account: the demo Board officer (see README).
    const count = async (url: string) =>
      (await gql(url, '{ units { totalCount } }', undefined, await login(url, 'can_bo_ban', 'thidua-demo-2024'))).data.units.totalCount as number;
    const demoUnits = await count(first.url);
    expect(demoUnits).toBeGreaterThan(10);
    const board = await login(first.url, 'can_bo_ban', 'thidua-demo-2024');
    const created = await gql(
      first.url,
      'mutation { createUnit(input: { name: "Đơn vị tạo trước khi khởi động lại", kind: OTHER }) { unit { id } } }',
      undefined,
      board,
    );
    expect(created.errors).toBeUndefined();

    // A second server on the same data folder refuses to start and touches nothing.
    const second = startServer({ ...env, PORT: String(await freePort()) });
    running.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('đang dùng thư mục dữ liệu');

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'thidua.lock'))).toBe(false);

    const again = startServer(await envFor());
    running.push(again);
    await waitUntilReady(again);
    expect(again.output()).not.toContain('Đã nạp dữ liệu mẫu');
    expect(await count(again.url)).toBe(demoUnits + 1);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });

  it('refuses a bad configuration with one message naming every bad variable', async () => {
    const server = startServer({ PORT: 'abc', SEED_DEMO: 'maybe', DATA_DIR: dataDir });
    running.push(server);
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT');
    expect(server.output()).toContain('SEED_DEMO');
  });
});
