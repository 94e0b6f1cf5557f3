import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, gql, login, startServer, tempDataDir, waitUntilReady, type ServerProcess } from '../support/server-process.js';
import { cookieClient } from '../support/ws-client.mjs';

/**
 * Two server processes on one database, as a scaled deployment runs them: the first with the
 * embedded PostgreSQL, the second pointed at it with DATABASE_URL. A change made through either
 * reaches subscribers on both, over the WebSocket a partner app or the web app would open.
 */
const dataDir = tempDataDir();
const running: ServerProcess[] = [];
afterAll(async () => {
  for (const server of running.reverse()) {
    if (server.child.exitCode === null) server.child.kill('SIGINT');
    await server.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function collect(url: string, cookie: string, since: string) {
  const client = cookieClient(url, cookie);
  const names: string[] = [];
  let failure: unknown = null;
  let wake = () => {};
  client.subscribe<{ changes: { changes: { field: string; after: unknown }[] } }>(
    {
      query: 'subscription($since: String) { changes(since: $since, filter: { entityTypes: ["Unit"] }) { seq changes { field after } } }',
      variables: { since },
    },
    {
      next: (result) => {
        const name = result.data?.changes.changes.find((change) => change.field === 'name')?.after;
        if (typeof name === 'string') names.push(name);
        wake();
      },
      error: (error) => {
        failure = error;
        wake();
      },
      complete: () => {},
    },
  );
  return {
    names,
    client,
    async until(count: number) {
      while (names.length < count && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw new Error(`subscription failed: ${JSON.stringify(failure)}`);
      return names;
    },
  };
}

describe('two server processes on one database', () => {
  it('deliver every change to subscribers on both, whichever instance made it', async () => {
    const pgPort = await freePort();
    const a = startServer({
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      ADMIN_PASSWORD: 'two-instances-admin-2024',
    });
    running.push(a);
    await waitUntilReady(a);
    const b = startServer({
      PORT: String(await freePort()),
      DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/thidua`,
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
    });
    running.push(b);
    await waitUntilReady(b);

    const session = await login(a.url, 'admin', 'two-instances-admin-2024');
    const since = (await gql(b.url, '{ latestChangeSeq }', undefined, session)).data.latestChangeSeq as string;
    const [onA, onB] = [collect(a.url, session.cookie!, since), collect(b.url, session.cookie!, since)];
    const create = async (url: string, name: string) => {
      const answer = await gql(url, 'mutation($name: String!) { createUnit(input: { name: $name, kind: OTHER }) { unit { id } } }', { name }, session);
      expect(answer.errors).toBeUndefined();
    };
    await create(a.url, 'Tạo qua tiến trình A');
    await create(b.url, 'Tạo qua tiến trình B');
    await create(a.url, 'Tạo lại qua tiến trình A');
    const expected = ['Tạo qua tiến trình A', 'Tạo qua tiến trình B', 'Tạo lại qua tiến trình A'];
    expect(await onA.until(3)).toEqual(expected);
    expect(await onB.until(3)).toEqual(expected);
    await Promise.all([onA.client.dispose(), onB.client.dispose()]);
  });
});
