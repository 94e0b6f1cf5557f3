import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, gqlClient, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildToken, personAt } from '../../test-support/authorization.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { subscribe, wsClient } from '../../test-support/ws.js';

const HEARTBEAT = `mutation($input: PresenceHeartbeatInput!) {
  presenceHeartbeat(input: $input) { heartbeat { intervalSeconds expiresInSeconds recorded } userErrors { field code } }
}`;
const LEAVE = `mutation($clientId: String!) { leavePresence(clientId: $clientId) { left userErrors { code } } }`;
const ENTRIES = 'recordId entries { clientId kind displayName username activity field since }';
const PRESENCE = `query($ids: [ID!]!) { presence(recordIds: $ids) { ${ENTRIES} } }`;
const CHANGED = `subscription($ids: [ID!]!) { presenceChanged(recordIds: $ids) { ${ENTRIES} } }`;

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

let tabs = 0;
const newTab = () => `tab-${process.pid}-${(tabs += 1)}`;
const beat = async (gql: Gql, input: Record<string, unknown>) => ok(await gql(HEARTBEAT, { input })).presenceHeartbeat;
/** Presence rows written by this account (other tests' rows come and go). */
const rows = async (actorId: string) => Number((await app.db.query('SELECT count(*) AS n FROM presence WHERE actor_id = $1', [actorId]))[0].n);
const who = (item: { presenceChanged: { entries: { displayName: string; activity: string; field: string | null }[] } }) =>
  item.presenceChanged.entries.map((e) => `${e.displayName}:${e.activity}:${e.field ?? ''}`);

describe('presence', () => {
  it('shows who views and who edits which field to others, and forgets a client that leaves', async () => {
    const unit = gid(await buildUnit(app.db));
    const watcher = await app.loginAs('BOARD_OFFICER');
    const editor = await app.loginAs('BOARD_OFFICER');
    const socket = wsClient(app.url, { cookie: watcher.cookie });
    const live = subscribe(socket, CHANGED, { ids: [unit] });
    await live.waitFor(1);
    expect(live.items[0].presenceChanged).toEqual({ recordId: unit, entries: [] });

    const tab = newTab();
    const first = await beat(editor.gql, { clientId: tab, viewing: [unit] });
    expect(first).toEqual({ heartbeat: { intervalSeconds: 10, expiresInSeconds: 20, recorded: [unit] }, userErrors: [] });
    await live.waitFor(2);
    // The same state again only extends the expiry: nobody is told.
    await beat(editor.gql, { clientId: tab, viewing: [unit] });
    await beat(editor.gql, { clientId: tab, viewing: [unit], editing: { recordId: unit, field: 'shortName' } });
    await live.waitFor(3);
    const name = editor.user.displayName;
    expect(live.items.map(who)).toEqual([[], [`${name}:VIEWING:`], [`${name}:EDITING:shortName`]]);

    const [seen] = ok(await watcher.gql(PRESENCE, { ids: [unit] })).presence;
    expect(seen.entries).toEqual([
      { clientId: tab, kind: 'USER', displayName: name, username: editor.user.username, activity: 'EDITING', field: 'shortName', since: expect.any(String) },
    ]);

    expect(ok(await editor.gql(LEAVE, { clientId: tab })).leavePresence).toEqual({ left: true, userErrors: [] });
    await live.waitFor(4);
    expect(who(live.items[3])).toEqual([]);
    expect(live.items).toHaveLength(4);
    live.stop();
    await socket.dispose();
  });

  it('names a partner app by its token', async () => {
    const unit = gid(await buildUnit(app.db));
    const { token, bearer } = await buildToken(app.db, ['READ']);
    await beat(app.client({ authorization: `Bearer ${bearer}` }), { clientId: newTab(), viewing: [unit] });
    const [seen] = ok(await app.gql(PRESENCE, { ids: [unit] })).presence;
    expect(seen.entries).toMatchObject([{ kind: 'TOKEN', displayName: token.name, username: token.name, activity: 'VIEWING' }]);
  });

  it('follows the scope of the record: a unit officer neither sees nor joins people outside their unit', async () => {
    const [unitA, unitB] = [await buildUnit(app.db), await buildUnit(app.db)];
    const personRow = await personAt(app.db, unitA);
    const person = gid(personRow);
    const outsider = await app.loginAs('UNIT_OFFICER', { unitId: unitB.id });
    const socket = wsClient(app.url, { cookie: outsider.cookie });
    const live = subscribe(socket, CHANGED, { ids: [person, gid(unitA)] });
    await live.waitFor(2);
    expect(live.items.map((item) => item.presenceChanged.entries.length)).toEqual([0, 0]);

    // Others join both, one leaves: each notification names both records, only the visible one is reported.
    const [first, second] = [newTab(), newTab()];
    await beat(app.gql, { clientId: first, viewing: [person, gid(unitA)] });
    await live.waitFor(3);
    const answer = ok(await outsider.gql(PRESENCE, { ids: [person, gid(unitA)] })).presence;
    expect(answer.map((p: { entries: unknown[] }) => p.entries.length)).toEqual([0, 1]);
    await beat(app.gql, { clientId: second, viewing: [person, gid(unitA)] });
    await live.waitFor(4);
    await app.gql(LEAVE, { clientId: second });
    await live.waitFor(5);
    expect(live.items.slice(2).map((item) => [item.presenceChanged.recordId, item.presenceChanged.entries.length])).toEqual([
      [gid(unitA), 1],
      [gid(unitA), 2],
      [gid(unitA), 1],
    ]);
    live.stop();
    await socket.dispose();

    // Nor does an id of another type with the same row id pass for the person or the unit.
    const disguised = [toGlobalId('Bloc', unitA.id), toGlobalId('Unit', personRow.id)];
    const own = await beat(outsider.gql, { clientId: newTab(), viewing: [person, ...disguised], editing: { recordId: person, field: 'fullName' } });
    expect(own).toEqual({ heartbeat: expect.objectContaining({ recorded: [] }), userErrors: [] });
    expect(await rows(outsider.user.id)).toBe(0);
  });

  it('refuses bad input with stable codes and writes nothing', async () => {
    const unit = gid(await buildUnit(app.db));
    const officer = await app.loginAs('BOARD_OFFICER');
    const tooMany = Array.from({ length: 101 }, () => unit);
    const cases: [Record<string, unknown>, { field: string[]; code: string }[]][] = [
      [{ clientId: newTab(), viewing: ['nope'] }, [{ field: ['viewing', '0'], code: 'INVALID' }]],
      [{ clientId: newTab(), viewing: tooMany }, [{ field: ['viewing'], code: 'OUT_OF_RANGE' }]],
      [{ clientId: newTab(), viewing: [unit], editing: { recordId: unit, field: 'x'.repeat(101) } }, [{ field: ['editing', 'field'], code: 'TOO_LONG' }]],
      [{ clientId: newTab(), viewing: [], editing: { recordId: 'nope', field: 'name' } }, [{ field: ['editing', 'recordId'], code: 'INVALID' }]],
      [{ clientId: 'a b', viewing: [unit] }, [{ field: ['clientId'], code: 'INVALID' }]],
    ];
    for (const [input, errors] of cases)
      expect(ok(await officer.gql(HEARTBEAT, { input })).presenceHeartbeat).toEqual(expect.objectContaining({ heartbeat: null, userErrors: errors }));
    expect(await rows(officer.user.id)).toBe(0);

    expect((await app.gql(PRESENCE, { ids: ['nope'] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(PRESENCE, { ids: tooMany })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const socket = wsClient(app.url, { cookie: (await app.loginAs('ANALYST')).cookie });
    await expect(subscribe(socket, CHANGED, { ids: ['nope'] }).waitFor(1)).rejects.toThrow(/BAD_USER_INPUT/);
    await socket.dispose();
    expect((await app.client({})(PRESENCE, { ids: [unit] })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reaches subscribers on every server instance', async () => {
    const unit = gid(await buildUnit(app.db));
    const other = await app.anotherInstance();
    try {
      const watcher = await app.loginAs('ANALYST');
      const socket = wsClient(other.url, { cookie: watcher.cookie });
      const live = subscribe(socket, CHANGED, { ids: [unit] });
      await live.waitFor(1);
      await beat(app.gql, { clientId: newTab(), viewing: [unit] });
      await live.waitFor(2);
      expect(live.items[1].presenceChanged.entries).toHaveLength(1);
      live.stop();
      await socket.dispose();
    } finally {
      await other.close();
    }
  });

  it('forgets a client that stops beating, and tells every instance', async () => {
    const unit = gid(await buildUnit(app.db));
    const shortLived = await app.anotherInstance({ presence: { ttlMs: 1_500, sweepMs: 100 } });
    try {
      const editor = await app.loginAs('BOARD_OFFICER');
      const socket = wsClient(app.url, { cookie: editor.cookie });
      const live = subscribe(socket, CHANGED, { ids: [unit] });
      await live.waitFor(1);
      const answer = await beat(gqlClient(shortLived.url, { cookie: editor.cookie }), { clientId: newTab(), viewing: [unit] });
      expect(answer.heartbeat).toMatchObject({ intervalSeconds: 1, expiresInSeconds: 2 });
      await live.waitFor(3);
      expect(live.items.map((item) => item.presenceChanged.entries.length)).toEqual([0, 1, 0]);
      expect(await rows(editor.user.id)).toBe(0);
      live.stop();
      await socket.dispose();
    } finally {
      await shortLived.close();
    }
  });
});
