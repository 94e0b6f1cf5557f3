import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { connected, subscribe, wsClient } from '../../test-support/ws.js';

const CHANGES = `subscription($since: String) { changes(since: $since, filter: { entityTypes: ["Unit"] }) { seq entityId action changes { field after } } }`;
const CREATE = `mutation($name: String!) { createUnit(input: { name: $name, kind: ASSOCIATION }) { unit { id } userErrors { code } } }`;

let app: TestApp;
let cookie: string;
beforeAll(async () => {
  app = await createTestApp();
  cookie = (await app.loginAs('BOARD_OFFICER')).cookie;
});
afterAll(() => app.close());

const head = async () => ok(await app.gql<{ latestChangeSeq: string }>('{ latestChangeSeq }')).latestChangeSeq;
const createUnits = async (names: string[], url = app.url) => {
  const gql = url === app.url ? app.gql : app.client({ cookie });
  const ids: string[] = [];
  for (const name of names) ids.push(ok(await gql(CREATE, { name })).createUnit.unit.id);
  return ids;
};

describe('live changes across server instances', () => {
  it('a mutation through one instance reaches subscribers on both, in the same order', async () => {
    const other = await app.anotherInstance();
    try {
      const since = await head();
      const [onA, onB] = [wsClient(app.url, { cookie }), wsClient(other.url, { cookie })];
      const [a, b] = [subscribe(onA, CHANGES, { since }), subscribe(onB, CHANGES, { since })];
      const throughA = await createUnits(['Qua máy chủ A 1', 'Qua máy chủ A 2']);
      const throughB = await createUnits(['Qua máy chủ B'], other.url);
      const expected = [...throughA, ...throughB];
      expect((await b.waitFor(3)).map((item) => item.changes.entityId)).toEqual(expected);
      expect((await a.waitFor(3)).map((item) => item.changes.entityId)).toEqual(expected);
      expect(a.items.map((item) => item.changes.seq)).toEqual(b.items.map((item) => item.changes.seq));
      await Promise.all([onA.dispose(), onB.dispose()]);
    } finally {
      await other.close();
    }
  });

  it('after a dropped connection, resubscribing with since delivers what was missed: none missing, none twice', async () => {
    const first = wsClient(app.url, { cookie });
    const live = subscribe(first, CHANGES, { since: await head() });
    const [before] = await createUnits(['Trước khi mất kết nối']);
    const [seen] = await live.waitFor(1);
    expect(seen.changes.entityId).toBe(before);
    await first.dispose(); // the connection drops

    const missed = await createUnits(['Lúc mất kết nối 1', 'Lúc mất kết nối 2', 'Lúc mất kết nối 3']);
    const again = wsClient(app.url, { cookie });
    const resumed = subscribe(again, CHANGES, { since: seen.changes.seq });
    const during = createUnits(['Ngay khi kết nối lại']);
    const after = await createUnits(['Sau khi kết nối lại']);
    const all = [...missed, ...(await during), ...after];
    const received = await resumed.waitFor(all.length);
    await new Promise((resolve) => setTimeout(resolve, 300)); // any duplicate would have arrived by now
    expect(resumed.items.map((item) => item.changes.entityId).sort()).toEqual([...all].sort());
    const seqs = resumed.items.map((item) => BigInt(item.changes.seq));
    expect(seqs.every((seq, i) => i === 0 || seq > seqs[i - 1]!)).toBe(true);
    expect(received[0]!.changes.entityId).toBe(missed[0]);
    await again.dispose();
  });

  it('when the database drops the LISTEN connection, the instance reconnects and delivers what committed meanwhile', async () => {
    const client = wsClient(app.url, { cookie });
    const live = subscribe(client, CHANGES, { since: await head() });
    await connected(client);
    const [killed] = await app.db.query(
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
    );
    expect(killed.n).toBeGreaterThan(0);
    const ids = await createUnits(['Khi máy chủ mất LISTEN']);
    expect((await live.waitFor(1)).map((item) => item.changes.entityId)).toEqual(ids);
    await client.dispose();
  });

  it('closes sockets with wrong credentials and keeps anonymous ones from subscribing', async () => {
    const wrong = wsClient(app.url, { authorization: 'Bearer thd_nope_nope' });
    const refused = subscribe(wrong, CHANGES);
    await expect(refused.waitFor(1)).rejects.toThrow(/4403|Forbidden/);
    const anonymous = wsClient(app.url, {});
    const denied = subscribe(anonymous, CHANGES);
    await expect(denied.waitFor(1)).rejects.toThrow(/UNAUTHENTICATED/);
    await Promise.all([wrong.dispose(), anonymous.dispose()]);
  });
});
