import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../core/auth/password.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildAwardType } from '../award-type/award-type.builders.js';
import { addMember, buildBloc } from '../bloc/bloc.builders.js';
import { buildCovenant, buildCriterion, buildSignature } from '../covenant/covenant.builders.js';
import { Covenant } from '../covenant/entities.js';
import { buildEvent } from '../event/event.builders.js';
import { buildMovement } from '../movement/movement.builders.js';

/** What the event log records beyond plain columns: links, cascades, cleared references, secrets. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

let requests = 0;

async function run(query: string, variables: Record<string, unknown>) {
  const requestId = `capture-test-${process.pid}-${(requests += 1)}`;
  const data = ok(await app.gql(query, variables, { 'x-request-id': requestId }));
  const events = ok(
    await app.gql(
      `query($id: String!) { changeEvents(filter: { requestId: { eq: $id } }, first: 100) { nodes { action entityType entityId changes { field before after } } } }`,
      { id: requestId },
    ),
  ).changeEvents.nodes.reverse();
  return { data, events };
}

const sorted = (ids: string[]) => [...ids].sort();
const changeOf = (event: { changes: { field: string; before: unknown; after: unknown }[] }, field: string) => event.changes.find((c) => c.field === field);

describe('event log capture', () => {
  it('records many-to-many links as a field of the owning record', async () => {
    const bloc = await buildBloc(app.db);
    const [a, b, c] = [await buildMovement(app.db), await buildMovement(app.db), await buildMovement(app.db)];
    const created = await run(`mutation($input: CreateCovenantInput!) { createCovenant(input: $input) { covenant { id } } }`, {
      input: { blocId: gid(bloc), year: 2024, title: 'Giao ước 2024', movementIds: [gid(a), gid(b)] },
    });
    const covenantId = created.data.createCovenant.covenant.id;
    expect(created.events).toHaveLength(1);
    expect(created.events[0]).toMatchObject({ action: 'CREATE', entityType: 'Covenant', entityId: covenantId });
    expect(sorted(changeOf(created.events[0], 'movementIds')!.after as string[])).toEqual(sorted([gid(a), gid(b)]));

    const updated = await run(`mutation($input: UpdateCovenantInput!) { updateCovenant(input: $input) { covenant { version } } }`, {
      input: { id: covenantId, movementIds: [gid(b), gid(c)] },
    });
    expect(updated.data.updateCovenant.covenant.version).toBe(2);
    expect(updated.events).toHaveLength(1);
    const links = changeOf(updated.events[0], 'movementIds')!;
    expect(updated.events[0].changes).toHaveLength(1);
    expect(sorted(links.before as string[])).toEqual(sorted([gid(a), gid(b)]));
    expect(sorted(links.after as string[])).toEqual(sorted([gid(b), gid(c)]));

    // Deleting a linked movement changes the covenant's links too.
    const removed = await run(`mutation($id: ID!) { deleteMovement(id: $id) { deletedId } }`, { id: gid(c) });
    expect(removed.events.map((e: { action: string; entityType: string }) => `${e.action} ${e.entityType}`)).toEqual(['DELETE Movement', 'UPDATE Covenant']);
    const dropped = changeOf(removed.events[1], 'movementIds')!;
    expect(removed.events[1].changes).toHaveLength(1);
    expect([sorted(dropped.before as string[]), dropped.after]).toEqual([sorted([gid(b), gid(c)]), [gid(b)]]);
    expect((await app.db.manager.findOneByOrFail(Covenant, { id: fromGlobalId(covenantId)!.id })).version).toBe(3);
  });

  it('records the award types of a tally, and a criterion’s movements', async () => {
    const unit = await buildUnit(app.db);
    const [x, y] = [await buildAwardType(app.db), await buildAwardType(app.db)];
    const created = await run(`mutation($input: CreateCommendationTallyInput!) { createCommendationTally(input: $input) { tally { id } } }`, {
      input: {
        year: 2023,
        reporterUnitId: gid(unit),
        collectiveCount: 3,
        individualCount: 0,
        issuers: 'UBND',
        description: 'Tổng kết',
        sourceNote: 'Không nêu tên',
        awardTypeIds: [gid(x)],
      },
    });
    const tallyId = created.data.createCommendationTally.tally.id;
    expect(changeOf(created.events[0], 'awardTypeIds')).toEqual({ field: 'awardTypeIds', before: null, after: [gid(x)] });
    const updated = await run(
      `mutation($input: UpdateCommendationTallyInput!) { updateCommendationTally(input: $input) { tally { version awardTypes { id } } } }`,
      {
        input: { id: tallyId, awardTypeIds: [gid(y)] },
      },
    );
    expect(updated.data.updateCommendationTally.tally).toEqual({ version: 2, awardTypes: [{ id: gid(y) }] });
    expect(updated.events.map((e: { changes: unknown }) => e.changes)).toEqual([[{ field: 'awardTypeIds', before: [gid(x)], after: [gid(y)] }]]);

    const covenant = await buildCovenant(app.db);
    const criterion = await buildCriterion(app.db, covenant);
    const movement = await buildMovement(app.db);
    const linked = await run(`mutation($input: UpdateCovenantCriterionInput!) { updateCovenantCriterion(input: $input) { criterion { id } } }`, {
      input: { id: gid(criterion), movementIds: [gid(movement)] },
    });
    expect(linked.events).toEqual([
      { action: 'UPDATE', entityType: 'CovenantCriterion', entityId: gid(criterion), changes: [{ field: 'movementIds', before: [], after: [gid(movement)] }] },
    ]);
  });

  it('records what a delete cascades to, each as its own deletion', async () => {
    const bloc = await buildBloc(app.db);
    const unit = await buildUnit(app.db);
    await addMember(app.db, bloc, unit, 2020);
    const movement = await buildMovement(app.db);
    const covenant = await buildCovenant(app.db, { blocId: bloc.id });
    const parent = await buildCriterion(app.db, covenant, { movementIds: [movement.id] });
    const child = await buildCriterion(app.db, covenant, { parentId: parent.id });
    const signature = await buildSignature(app.db, covenant, unit.id);

    const { events } = await run(`mutation($id: ID!) { deleteCovenant(id: $id) { deletedId } }`, { id: gid(covenant) });
    expect(events.map((e: { action: string; entityId: string }) => `${e.action} ${e.entityId}`).sort()).toEqual(
      [`DELETE ${gid(covenant)}`, `DELETE ${gid(parent)}`, `DELETE ${gid(child)}`, `DELETE ${gid(signature)}`].sort(),
    );
    const parentEvent = events.find((e: { entityId: string }) => e.entityId === gid(parent));
    expect(changeOf(parentEvent, 'movementIds')).toEqual({ field: 'movementIds', before: [gid(movement)], after: null });
    expect(changeOf(parentEvent, 'covenantId')).toEqual({ field: 'covenantId', before: gid(covenant), after: null });
  });

  it('records references the database clears (ON DELETE SET NULL) as updates', async () => {
    const event = await buildEvent(app.db);
    const covenant = await buildCovenant(app.db, { signingEventId: event.id });
    const { events } = await run(`mutation($id: ID!) { deleteEvent(id: $id) { deletedId } }`, { id: gid(event) });
    expect(events.map((e: { action: string; entityType: string }) => `${e.action} ${e.entityType}`)).toEqual(['DELETE Event', 'UPDATE Covenant']);
    expect(events[1]).toMatchObject({ entityId: gid(covenant), changes: [{ field: 'signingEventId', before: gid(event), after: null }] });
    const after = await app.db.manager.findOneByOrFail(Covenant, { id: covenant.id });
    expect(after).toMatchObject({ signingEventId: null, version: 2 });
  });

  it('says that a password changed, never what it was', async () => {
    const officer = await app.loginAs('ANALYST');
    officer.user.passwordHash = await hashPassword('Mật khẩu cũ 2024!');
    await app.db.manager.save(officer.user);
    const { events } = await (async () => {
      const requestId = `capture-password-${process.pid}`;
      ok(
        await officer.gql(
          `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { userErrors { code } } }`,
          { input: { currentPassword: 'Mật khẩu cũ 2024!', newPassword: 'Mật khẩu mới 2025!' } },
          { 'x-request-id': requestId },
        ),
      );
      return {
        events: ok(
          await app.gql(
            `query($id: String!) { changeEvents(filter: { requestId: { eq: $id } }) { nodes { actorId entityId changes { field before after } } } }`,
            { id: requestId },
          ),
        ).changeEvents.nodes,
      };
    })();
    expect(events).toEqual([{ actorId: gid(officer.user), entityId: gid(officer.user), changes: [{ field: 'passwordHash', before: '***', after: '***' }] }]);
    const stored = await app.db.query(`SELECT changes::text AS changes FROM change_event WHERE entity_id = $1`, [officer.user.id]);
    expect(stored.map((r: { changes: string }) => r.changes).join()).not.toContain('scrypt');
  });
});
