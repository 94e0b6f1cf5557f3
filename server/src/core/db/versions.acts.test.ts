import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildBloc, buildCovenant } from '../../modules/covenant/covenant.builders.js';
import { buildEvent } from '../../modules/event/event.builders.js';
import { buildAffiliation, buildPerson } from '../../modules/person/person.builders.js';
import { BlocMembership } from '../../modules/bloc/entities.js';

/** The signing event of a covenant, deleting an affiliation and removing a membership check versions like every other edit. */
const CONFLICT = 'conflict { kind currentVersion fields { field } }';
const SET_EVENT = `mutation($input: SetCovenantSigningEventInput!) { setCovenantSigningEvent(input: $input) { covenant { version signingEvent { id } } userErrors { code } ${CONFLICT} } }`;
const DELETE_AFFILIATION = `mutation($id: ID!, $v: Int) { deletePersonAffiliation(id: $id, expectedVersion: $v) { deletedId userErrors { code } ${CONFLICT} } }`;
const REMOVE_MEMBERSHIP = `mutation($id: ID!, $v: Int) { removeBlocMembership(id: $id, expectedVersion: $v) { deletedId userErrors { code } ${CONFLICT} } }`;

let app: TestApp;
let alice: Gql;
let bob: Gql;
beforeAll(async () => {
  app = await createTestApp();
  alice = (await app.loginAs('BOARD_OFFICER')).gql;
  bob = (await app.loginAs('BOARD_OFFICER')).gql;
});
afterAll(() => app.close());

const membership = async () =>
  app.db.manager.save(app.db.manager.create(BlocMembership, { blocId: (await buildBloc(app.db)).id, unitId: (await buildUnit(app.db)).id, fromYear: 2020 }));

describe('setCovenantSigningEvent with expectedVersion', () => {
  it('another event set since is a conflict on signingEventId, and nothing is written', async () => {
    const covenantId = gid(await buildCovenant(app.db));
    const [first, second] = [gid(await buildEvent(app.db)), gid(await buildEvent(app.db))];
    expect(ok(await alice(SET_EVENT, { input: { covenantId, eventId: first, expectedVersion: 1 } })).setCovenantSigningEvent.covenant).toMatchObject({
      version: 2,
    });
    const stale = ok(await bob(SET_EVENT, { input: { covenantId, eventId: second, expectedVersion: 1 } })).setCovenantSigningEvent;
    expect(stale).toMatchObject({
      covenant: null,
      userErrors: [{ code: 'CONFLICT' }],
      conflict: { kind: 'EDITED', currentVersion: 2, fields: [{ field: 'signingEventId' }] },
    });
    const current = ok(await bob(SET_EVENT, { input: { covenantId, eventId: second, expectedVersion: 2 } })).setCovenantSigningEvent;
    expect(current).toMatchObject({ covenant: { version: 3, signingEvent: { id: second } }, conflict: null });
  });

  it('a covenant deleted since is a DELETED conflict', async () => {
    const covenantId = gid(await buildCovenant(app.db));
    ok(await alice(`mutation($id: ID!) { deleteCovenant(id: $id, expectedVersion: 1) { deletedId } }`, { id: covenantId }));
    const answer = ok(await bob(SET_EVENT, { input: { covenantId, eventId: null, expectedVersion: 1 } })).setCovenantSigningEvent;
    expect(answer.conflict).toMatchObject({ kind: 'DELETED' });
  });
});

describe('a record deleted since, and a caller who may not change it', () => {
  it('gets FORBIDDEN, not a DELETED conflict saying who deleted what', async () => {
    const [mine, theirs] = [await buildBloc(app.db), await buildBloc(app.db)];
    const covenantId = gid(await buildCovenant(app.db, { blocId: mine.id }));
    ok(await alice(`mutation($id: ID!) { deleteCovenant(id: $id, expectedVersion: 1) { deletedId } }`, { id: covenantId }));
    const other = (await app.loginAs('BLOC_OFFICER', { blocId: theirs.id })).gql;
    const own = (await app.loginAs('BLOC_OFFICER', { blocId: mine.id })).gql;
    const asOther = await other(SET_EVENT, { input: { covenantId, eventId: null, expectedVersion: 1 } });
    expect(asOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deleteAgain = await other(`mutation($id: ID!) { deleteCovenant(id: $id, expectedVersion: 1) { deletedId conflict { kind } } }`, { id: covenantId });
    expect(deleteAgain.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The bloc's own officer is told it is gone.
    expect(ok(await own(SET_EVENT, { input: { covenantId, eventId: null, expectedVersion: 1 } })).setCovenantSigningEvent.conflict).toMatchObject({
      kind: 'DELETED',
    });
  });
});

describe('deletePersonAffiliation and removeBlocMembership with expectedVersion', () => {
  it('an affiliation edited since is EDITED_BEFORE_DELETE; at the current version it goes', async () => {
    const affiliation = await buildAffiliation(app.db, await buildPerson(app.db), await buildUnit(app.db), { startedOn: '2015-01-01' });
    await app.db.manager.save(Object.assign(affiliation, { position: 'Chủ tịch' }));
    const stale = ok(await bob(DELETE_AFFILIATION, { id: gid(affiliation), v: 1 })).deletePersonAffiliation;
    expect(stale).toMatchObject({ deletedId: null, conflict: { kind: 'EDITED_BEFORE_DELETE', currentVersion: 2, fields: [{ field: 'position' }] } });
    expect(ok(await bob(DELETE_AFFILIATION, { id: gid(affiliation), v: 2 })).deletePersonAffiliation).toMatchObject({
      deletedId: gid(affiliation),
      conflict: null,
    });
    expect(ok(await alice(DELETE_AFFILIATION, { id: gid(affiliation), v: 2 })).deletePersonAffiliation.conflict).toMatchObject({ kind: 'DELETED' });
  });

  it('a membership edited since is EDITED_BEFORE_DELETE; removed since is DELETED', async () => {
    const row = await membership();
    await app.db.manager.save(Object.assign(row, { toYear: 2023 }));
    const stale = ok(await bob(REMOVE_MEMBERSHIP, { id: gid(row), v: 1 })).removeBlocMembership;
    expect(stale).toMatchObject({ deletedId: null, conflict: { kind: 'EDITED_BEFORE_DELETE', fields: [{ field: 'toYear' }] } });
    expect(ok(await alice(REMOVE_MEMBERSHIP, { id: gid(row), v: 2 })).removeBlocMembership).toMatchObject({ deletedId: gid(row), conflict: null });
    expect(ok(await bob(REMOVE_MEMBERSHIP, { id: gid(row), v: 2 })).removeBlocMembership.conflict).toMatchObject({ kind: 'DELETED' });
  });
});
