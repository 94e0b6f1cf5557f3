import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { subscribe, wsClient } from '../../test-support/ws.js';

const CHANGES = `subscription($since: String, $filter: LiveChangeFilter) { changes(since: $since, filter: $filter) { seq entityType entityId action entityVersion changes { field after } } }`;
const CREATE_UNIT = `mutation($name: String!) { createUnit(input: { name: $name, kind: ASSOCIATION }) { unit { id version } userErrors { code } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const head = async (gql = app.gql) => ok(await gql<{ latestChangeSeq: string }>('{ latestChangeSeq }')).latestChangeSeq;

describe('changes subscription', () => {
  it('delivers a committed change with its seq and version, and catches up from since', async () => {
    const { cookie } = await app.loginAs('BOARD_OFFICER');
    const since = await head();
    const client = wsClient(app.url, { cookie });
    const live = subscribe(client, CHANGES, { since, filter: { entityTypes: ['Unit'] } });
    const created = ok(await app.gql(CREATE_UNIT, { name: 'Hội Cựu chiến binh phường' })).createUnit.unit;
    const [first] = await live.waitFor(1);
    expect(first.changes).toMatchObject({ entityType: 'Unit', entityId: created.id, action: 'CREATE', entityVersion: 1 });
    expect(BigInt(first.changes.seq)).toBeGreaterThan(BigInt(since));

    const feed = ok(
      await app.gql(`query($since: String!) { changes(since: $since, filter: { entityTypes: ["Unit"] }) { events { seq entityId } lastSeq hasMore } }`, {
        since,
      }),
    ).changes;
    expect(feed.events).toEqual([{ seq: first.changes.seq, entityId: created.id }]);
    expect(feed).toMatchObject({ lastSeq: first.changes.seq, hasMore: false });
    live.stop();
    await client.dispose();
  });

  it('follows the scope of the record: a unit officer never hears of people outside their unit', async () => {
    const units = await Promise.all(['Đơn vị A', 'Đơn vị B'].map(async (name) => ok(await app.gql(CREATE_UNIT, { name })).createUnit.unit.id as string));
    const officer = await app.loginAs('UNIT_OFFICER', { unitId: (await app.db.query(`SELECT id FROM unit WHERE name = 'Đơn vị A'`))[0].id });
    const since = await head();
    const client = wsClient(app.url, { cookie: officer.cookie });
    const live = subscribe(client, CHANGES, { since, filter: { entityTypes: ['Person'] } });
    const addPerson = `mutation($name: String!, $unitId: ID!) { createPerson(input: { fullName: $name, unitId: $unitId, position: "Hội viên" }) { person { id } userErrors { field code } } }`;
    const outside = ok(await app.gql(addPerson, { name: 'Người đơn vị B', unitId: units[1] })).createPerson;
    const inside = ok(await app.gql(addPerson, { name: 'Người đơn vị A', unitId: units[0] })).createPerson;
    expect(outside.userErrors).toEqual([]);
    await live.waitFor(1);
    // The later, visible event arrived, so the earlier invisible one was filtered, not delayed.
    expect(live.items.map((item) => item.changes.entityId)).toEqual([inside.person.id]);
    live.stop();
    await client.dispose();
  });

  it('refuses queries over WebSocket and bad since values with stable codes', async () => {
    const client = wsClient(app.url, {});
    const query = subscribe(client, '{ latestChangeSeq }');
    await expect(query.waitFor(1)).rejects.toThrow(/BAD_REQUEST/);
    const anonymous = subscribe(client, CHANGES, { since: 'abc' });
    await expect(anonymous.waitFor(1)).rejects.toThrow(/UNAUTHENTICATED|FORBIDDEN|BAD_USER_INPUT/);
    await client.dispose();
  });
});
