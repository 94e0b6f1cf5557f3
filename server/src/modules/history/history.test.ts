import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../core/db/write.js';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { Unit } from '../unit/entities.js';
import type { User } from '../user/entities.js';

let app: TestApp;
let admin: { user: User; gql: Gql };
beforeAll(async () => {
  app = await createTestApp();
  admin = await app.loginAs('ADMIN');
});
afterAll(() => app.close());

const EVENTS = `query($filter: ChangeEventFilter, $first: Int, $after: String) {
  changeEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id seq action entityType entityId actorKind actorId actorName requestId occurredAt changes { field before after } }
  }
}`;

let requests = 0;
const requestId = () => `history-test-${process.pid}-${(requests += 1)}`;

/** Sends a request as the administrator with its own x-request-id; returns the data and that id. */
async function run(query: string, variables?: Record<string, unknown>) {
  const id = requestId();
  return { data: ok(await admin.gql(query, variables, { 'x-request-id': id })), requestId: id };
}

async function eventsOf(request: string) {
  const data = ok(await app.gql(EVENTS, { filter: { requestId: { eq: request } }, first: 100 }));
  return data.changeEvents.nodes.reverse();
}

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } userErrors { code } } }`;
const UPDATE_UNIT = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { id version } userErrors { code } } }`;
const DELETE_UNIT = `mutation($id: ID!) { deleteUnit(id: $id) { deletedId userErrors { code } } }`;

describe('event log', () => {
  it('records a create with every field set, an update with just what changed, a delete with what was there', async () => {
    const parent = await buildUnit(app.db, { name: 'Liên minh HTX thành phố' });
    const created = await run(CREATE_UNIT, { input: { name: 'HTX Bạch Đằng', kind: 'COOPERATIVE', parentId: gid(parent), note: 'Ghi chú' } });
    const unitId = created.data.createUnit.unit.id;
    const [create, ...more] = await eventsOf(created.requestId);
    expect(more).toEqual([]);
    expect(create).toMatchObject({
      action: 'CREATE',
      entityType: 'Unit',
      entityId: unitId,
      actorKind: 'USER',
      actorId: gid(admin.user),
      actorName: `${admin.user.displayName} (${admin.user.username})`,
      requestId: created.requestId,
    });
    expect(create.changes).toEqual([
      { field: 'name', before: null, after: 'HTX Bạch Đằng' },
      { field: 'kind', before: null, after: 'COOPERATIVE' },
      { field: 'parentId', before: null, after: gid(parent) },
      { field: 'note', before: null, after: 'Ghi chú' },
    ]);

    const updated = await run(UPDATE_UNIT, { input: { id: unitId, name: 'HTX Bạch Đằng', shortName: 'HTX BĐ', note: null } });
    const [update] = await eventsOf(updated.requestId);
    expect(update).toMatchObject({ action: 'UPDATE', entityId: unitId });
    expect(update.changes).toEqual([
      { field: 'shortName', before: null, after: 'HTX BĐ' },
      { field: 'note', before: 'Ghi chú', after: null },
    ]);

    const deleted = await run(DELETE_UNIT, { id: unitId });
    const [remove] = await eventsOf(deleted.requestId);
    expect(remove).toMatchObject({ action: 'DELETE', entityId: unitId });
    expect(remove.changes).toEqual([
      { field: 'name', before: 'HTX Bạch Đằng', after: null },
      { field: 'shortName', before: 'HTX BĐ', after: null },
      { field: 'kind', before: 'COOPERATIVE', after: null },
      { field: 'parentId', before: gid(parent), after: null },
    ]);
    expect(BigInt(remove.seq)).toBeGreaterThan(BigInt(update.seq));
    expect(BigInt(update.seq)).toBeGreaterThan(BigInt(create.seq));
  });

  it('records no event for a save that changes nothing', async () => {
    const unit = await buildUnit(app.db);
    const same = await run(UPDATE_UNIT, { input: { id: gid(unit), name: unit.name } });
    expect(same.data.updateUnit.unit.version).toBe(1);
    expect(await eventsOf(same.requestId)).toEqual([]);
  });

  it('leaves no event when a mutation fails: a user error before or after writing, or an exception', async () => {
    const before = await app.db.query('SELECT count(*)::int AS n FROM change_event');

    const invalid = await run(CREATE_UNIT, { input: { name: 'Hội A', kind: 'ASSOCIATION', parentId: 'not-an-id' } });
    expect(invalid.data.createUnit.userErrors).toEqual([{ code: 'NOT_FOUND' }]);

    // The lineage is recorded as deleted first, then the database refuses (a child unit still points here).
    const parent = await buildUnit(app.db);
    const other = await buildUnit(app.db);
    await buildUnit(app.db, { parentId: parent.id });
    ok(
      await app.gql(`mutation($input: RecordUnitLineageInput!) { recordUnitLineage(input: $input) { lineage { id } } }`, {
        input: { predecessorId: gid(other), successorId: gid(parent), kind: 'MERGER', effectiveOn: '2024-01-01' },
      }),
    );
    const counted = await app.db.query('SELECT count(*)::int AS n FROM change_event');
    const inUse = await run(DELETE_UNIT, { id: gid(parent) });
    expect(inUse.data.deleteUnit.userErrors).toEqual([{ code: 'IN_USE' }]);
    expect(await eventsOf(inUse.requestId)).toEqual([]);

    await expect(
      write(app.db, async (em) => {
        await em.save(em.create(Unit, { name: 'Không lưu', kind: 'OTHER' }));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');

    const after = await app.db.query('SELECT count(*)::int AS n FROM change_event');
    expect(after[0].n).toBe(counted[0].n);
    expect(counted[0].n).toBeGreaterThan(before[0].n); // the arranged rows were logged (by the system and the admin)
    expect(await app.db.manager.countBy(Unit, { name: 'Không lưu' })).toBe(0);
  });

  it('leaves no event when a mutation throws after some of its changes were recorded', async () => {
    // The test's own database refuses one position: the person is saved (and recorded), then the affiliation fails.
    await app.db.query(`CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$`);
    await app.db.query(
      `CREATE TRIGGER refuse_boom BEFORE INSERT ON person_affiliation FOR EACH ROW WHEN (NEW.position = 'Boom') EXECUTE FUNCTION refuse_boom()`,
    );
    const unit = await buildUnit(app.db);
    const requestId = `history-throws-${process.pid}`;
    const response = await admin.gql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
      { input: { fullName: 'Trần Thị Bùm', unitId: gid(unit), position: 'Boom' } },
      { 'x-request-id': requestId },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await eventsOf(requestId)).toEqual([]);
    expect(await app.db.query(`SELECT 1 FROM person WHERE full_name = 'Trần Thị Bùm'`)).toEqual([]);
  });

  it('is append-only: the database refuses to change or delete events', async () => {
    await buildUnit(app.db);
    await expect(app.db.query(`UPDATE change_event SET actor_name = 'x'`)).rejects.toThrow(/append-only/);
    await expect(app.db.query(`DELETE FROM change_event`)).rejects.toThrow(/append-only/);
    await expect(app.db.query(`TRUNCATE change_event`)).rejects.toThrow(/append-only/);
    const mutations = ok(await app.gql(`{ __type(name: "Mutation") { fields { name } } }`)).__type.fields.map((f: { name: string }) => f.name);
    expect(mutations.filter((name: string) => /change ?event|history/i.test(name))).toEqual([]);
  });

  it('records work outside a request as the system', async () => {
    const unit = await buildUnit(app.db, { name: 'Đơn vị của hệ thống' });
    const data = ok(await app.gql(EVENTS, { filter: { entityId: { eq: gid(unit) } } }));
    expect(data.changeEvents.nodes).toEqual([
      expect.objectContaining({ action: 'CREATE', actorKind: 'SYSTEM', actorId: null, actorName: 'Hệ thống (system)', requestId: null }),
    ]);
  });
});

describe('history of a record', () => {
  const HISTORY = `query($id: ID!, $first: Int, $after: String) {
    unit(id: $id) { history(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { action changes { field before after } } } }
  }`;

  it('lists the changes of one record, newest first, page by page', async () => {
    const created = await run(CREATE_UNIT, { input: { name: 'Hội Luật gia', kind: 'ASSOCIATION' } });
    const id = created.data.createUnit.unit.id;
    for (const area of ['Hải Phòng', 'Đà Nẵng', 'Huế']) await run(UPDATE_UNIT, { input: { id, area } });
    await buildUnit(app.db); // someone else's history stays out

    const first = ok(await app.gql(HISTORY, { id, first: 2 })).unit.history;
    expect(first.totalCount).toBe(4);
    expect(first.nodes).toEqual([
      { action: 'UPDATE', changes: [{ field: 'area', before: 'Đà Nẵng', after: 'Huế' }] },
      { action: 'UPDATE', changes: [{ field: 'area', before: 'Hải Phòng', after: 'Đà Nẵng' }] },
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = ok(await app.gql(HISTORY, { id, first: 2, after: first.pageInfo.endCursor })).unit.history;
    expect(rest.nodes.map((n: { action: string }) => n.action)).toEqual(['UPDATE', 'CREATE']);
    expect(rest.nodes[0].changes).toEqual([{ field: 'area', before: null, after: 'Hải Phòng' }]);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const filtered = ok(await app.gql(`query($id: ID!) { unit(id: $id) { history(filter: { action: { eq: CREATE } }) { nodes { action } } } }`, { id }));
    expect(filtered.unit.history.nodes).toEqual([{ action: 'CREATE' }]);
  });

  it('is available on every record type through the Versioned interface', async () => {
    const unit = await buildUnit(app.db);
    const data = ok(await app.gql(`query($id: ID!) { node(id: $id) { ... on Versioned { history { nodes { action entityType } } } } }`, { id: gid(unit) }));
    expect(data.node.history.nodes).toEqual([{ action: 'CREATE', entityType: 'Unit' }]);
  });

  it('loads the history of a list of records in a fixed number of statements (no N+1)', async () => {
    const area = `Vùng lịch sử ${process.pid}`;
    const units: Unit[] = [];
    for (let i = 0; i < 30; i += 1) units.push(await buildUnit(app.db, { area }));
    for (const unit of units.slice(0, 5)) await run(UPDATE_UNIT, { input: { id: gid(unit), note: 'Đã sửa' } });
    const Q = `query($area: String!, $first: Int!) { units(first: $first, filter: { area: { eq: $area } }) { nodes { history(first: 3) { nodes { action } } } } }`;
    const few = await app.gql(Q, { area, first: 3 });
    const many = await app.gql(Q, { area, first: 30 });
    expect(ok(many).units.nodes).toHaveLength(30);
    const actions = ok(many).units.nodes.map((n: { history: { nodes: { action: string }[] } }) => n.history.nodes.map((e) => e.action).join(','));
    expect(actions.filter((a: string) => a === 'UPDATE,CREATE')).toHaveLength(5);
    expect(actions.filter((a: string) => a === 'CREATE')).toHaveLength(25);
    expect(few.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(many.extensions?.sqlStatements).toBe(few.extensions?.sqlStatements);
  });
});

describe('changeEvents (audit)', () => {
  it('filters by who, what and when', async () => {
    const board = await app.loginAs('BOARD_OFFICER');
    const mine = ok(await board.gql(CREATE_UNIT, { input: { name: 'Hội Cựu chiến binh', kind: 'ASSOCIATION' } })).createUnit.unit.id;
    ok(await board.gql(UPDATE_UNIT, { input: { id: mine, area: 'Hải Phòng' } }));
    const since = new Date().toISOString();
    const later = await run(UPDATE_UNIT, { input: { id: mine, area: 'Hà Nội' } });

    const byActor = ok(await app.gql(EVENTS, { filter: { actorId: { eq: gid(board.user) } } })).changeEvents;
    expect(byActor.nodes.map((e: { action: string; entityId: string }) => [e.action, e.entityId])).toEqual([
      ['UPDATE', mine],
      ['CREATE', mine],
    ]);
    const byRecord = ok(await app.gql(EVENTS, { filter: { entityId: { eq: mine } } })).changeEvents;
    expect(byRecord.totalCount).toBe(3);
    const creates = ok(await app.gql(EVENTS, { filter: { entityId: { eq: mine }, action: { eq: 'CREATE' } } })).changeEvents;
    expect(creates.nodes.map((e: { actorId: string }) => e.actorId)).toEqual([gid(board.user)]);
    const recent = ok(await app.gql(EVENTS, { filter: { entityId: { eq: mine }, occurredAt: { gte: since } } })).changeEvents;
    expect(recent.nodes.map((e: { requestId: string }) => e.requestId)).toEqual([later.requestId]);
    const typed = ok(
      await app.gql(EVENTS, {
        filter: { entityType: { eq: 'Unit' }, actorKind: { eq: 'USER' }, actorId: { in: [gid(board.user), gid(admin.user)] } },
        first: 100,
      }),
    ).changeEvents;
    expect(typed.nodes.every((e: { entityType: string; actorKind: string }) => e.entityType === 'Unit' && e.actorKind === 'USER')).toBe(true);
    expect(typed.nodes.length).toBeGreaterThanOrEqual(3);
    const byName = ok(await app.gql(EVENTS, { filter: { actorName: { contains: board.user.username } } })).changeEvents;
    expect(byName.totalCount).toBe(2);
    const system = ok(await app.gql(EVENTS, { filter: { actorId: { isNull: true }, actorKind: { eq: 'USER' } } })).changeEvents;
    expect(system.totalCount).toBe(0);

    const wrong = await app.gql(EVENTS, { filter: { actorId: { eq: mine } } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages through the log newest first, forwards and backwards', async () => {
    const created = await run(CREATE_UNIT, { input: { name: 'Hội Nông dân', kind: 'MASS_ORGANIZATION' } });
    const id = created.data.createUnit.unit.id;
    for (const note of ['một', 'hai', 'ba']) await run(UPDATE_UNIT, { input: { id, note } });
    const filter = { entityId: { eq: id } };
    const page = ok(await app.gql(EVENTS, { filter, first: 3 })).changeEvents;
    expect(page.nodes.map((e: { changes: { after: unknown }[] }) => e.changes[0]!.after)).toEqual(['ba', 'hai', 'một']);
    const next = ok(await app.gql(EVENTS, { filter, first: 3, after: page.pageInfo.endCursor })).changeEvents;
    expect(next.nodes.map((e: { action: string }) => e.action)).toEqual(['CREATE']);
    const back = ok(
      await app.gql(
        `query($filter: ChangeEventFilter, $before: String) { changeEvents(filter: $filter, last: 2, before: $before) { nodes { changes { after } } } }`,
        { filter, before: next.pageInfo.endCursor },
      ),
    );
    expect(back.changeEvents.nodes.map((e: { changes: { after: unknown }[] }) => e.changes[0]!.after)).toEqual(['hai', 'một']);
  });

  it('is for those who may read the audit log: a unit officer is refused, an analyst is not', async () => {
    const unit = await buildUnit(app.db);
    const officer = await app.loginAs('UNIT_OFFICER', { unitId: unit.id });
    const refused = await officer.gql(EVENTS, {});
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await app.client({})(EVENTS, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const analyst = await app.loginAs('ANALYST');
    expect(ok(await analyst.gql(EVENTS, { first: 1 })).changeEvents.nodes).toHaveLength(1);
    // The unit officer still sees the history of a record they can read.
    const history = ok(await officer.gql(`query($id: ID!) { unit(id: $id) { history { nodes { action } } } }`, { id: gid(unit) }));
    expect(history.unit.history.nodes).toEqual([{ action: 'CREATE' }]);
  });
});
