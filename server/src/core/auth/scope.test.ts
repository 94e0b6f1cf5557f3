import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, buildBloc } from '../../modules/bloc/bloc.builders.js';
import { buildAwardType, buildCommendation, buildHousehold } from '../../modules/commendation/commendation.builders.js';
import { buildAffiliation, buildPerson } from '../../modules/person/person.builders.js';
import { Person } from '../../modules/person/entities.js';
import type { Unit } from '../../modules/unit/entities.js';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';

/**
 * Scope holds everywhere the same: a unit officer sees the people ever affiliated with their unit
 * (and their individual awards), a bloc officer those of the bloc's member units; lists, counts,
 * aggregates, node(id), nested connections and relation fields all agree.
 */
let app: TestApp;
let world: Awaited<ReturnType<typeof arrange>>;
let officerA: Gql;
let blocOfficer: Gql;
let board: Gql;

/**
 * Units A, B and C (A in bloc X); Ân and Anh work at A, Bình at B, Chi worked at A and now at C.
 * One award type for everything here: a collective award each for A and B, one individual award
 * each for Ân, Bình and Chi, and one for a household.
 */
async function arrange() {
  const [unitA, unitB, unitC] = [await buildUnit(app.db), await buildUnit(app.db), await buildUnit(app.db)];
  const bloc = await buildBloc(app.db);
  await addMember(app.db, bloc, unitA, 2020);
  const at = async (fullName: string, unit: Unit, past?: Unit) => {
    const person = await buildPerson(app.db, { fullName });
    if (past) await buildAffiliation(app.db, person, past, { startedOn: '2010-01-01', endedOn: '2019-12-31' });
    await buildAffiliation(app.db, person, unit, { startedOn: '2020-01-01' });
    return person;
  };
  const people = {
    an: await at('Lê Văn Ân', unitA),
    anh: await at('Lê Thị Anh', unitA),
    binh: await at('Trần Văn Bình', unitB),
    chi: await at('Phạm Thị Chi', unitC, unitA),
  };
  const awardType = await buildAwardType(app.db, { subjectKinds: ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'] });
  for (const subject of [unitA, unitB, people.an, people.binh, people.chi, await buildHousehold(app.db)]) await buildCommendation(app.db, subject, awardType);
  return { unitA, unitB, unitC, bloc, people, awardType };
}

beforeAll(async () => {
  app = await createTestApp();
  world = await arrange();
  officerA = (await app.loginAs('UNIT_OFFICER', { unitId: world.unitA.id })).gql;
  blocOfficer = (await app.loginAs('BLOC_OFFICER', { blocId: world.bloc.id })).gql;
  board = (await app.loginAs('BOARD_OFFICER')).gql;
});
afterAll(() => app.close());

const names = (nodes: { fullName: string }[]) => nodes.map((n) => n.fullName).sort();
const inUnits = () => ({ unitId: { in: [gid(world.unitA), gid(world.unitB), gid(world.unitC)] } });

describe('people in scope', () => {
  it('lists and counts only the people of the officer’s unit or bloc', async () => {
    const Q = `query($f: PersonFilter) { people(filter: $f, first: 50) { totalCount nodes { fullName } } }`;
    const as = async (gql: Gql) => ok(await gql(Q, { f: inUnits() })).people;
    expect(await as(board)).toMatchObject({ totalCount: 4 });
    // Chi left unit A for unit C: unit A's officer still sees her; Bình never worked at A.
    expect(await as(officerA)).toMatchObject({ totalCount: 3 });
    expect(names((await as(officerA)).nodes)).toEqual(['Lê Thị Anh', 'Lê Văn Ân', 'Phạm Thị Chi']);
    expect(names((await as(blocOfficer)).nodes)).toEqual(['Lê Thị Anh', 'Lê Văn Ân', 'Phạm Thị Chi']);
    // Asking for unit B's people by filter changes nothing.
    expect(ok(await officerA(Q, { f: { unitId: { eq: gid(world.unitB) } } })).people).toEqual({ totalCount: 0, nodes: [] });
  });

  it('answers node(id), nodes and person(id) for another unit’s person as for a missing one', async () => {
    const { an, binh } = world.people;
    const Q = `query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }`;
    expect(ok(await officerA(Q, { id: gid(binh), ids: [gid(an), gid(binh)] }))).toEqual({ node: null, nodes: [{ id: gid(an) }, null] });
    expect(ok(await board(Q, { id: gid(binh), ids: [gid(an), gid(binh)] }))).toEqual({ node: { id: gid(binh) }, nodes: [{ id: gid(an) }, { id: gid(binh) }] });
    const missing = await officerA(`query($id: ID!) { person(id: $id) { id } }`, { id: gid(binh) });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Affiliations are the person's: out of scope with them.
    const affiliation = ok(await board(`query($id: ID!) { person(id: $id) { affiliations { id } } }`, { id: gid(binh) })).person.affiliations[0].id;
    expect(ok(await officerA(`query($id: ID!) { node(id: $id) { id } }`, { id: affiliation })).node).toBeNull();
  });

  it('leaves another unit’s people out of nested Unit.people', async () => {
    const Q = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Unit { people { totalCount nodes { fullName } } } } }`;
    const ids = [gid(world.unitA), gid(world.unitB), gid(world.unitC)];
    const [a, b, c] = ok(await officerA(Q, { ids })).nodes.map((u: any) => u.people);
    expect(a.totalCount).toBe(2);
    expect(b).toEqual({ totalCount: 0, nodes: [] });
    expect(c).toEqual({ totalCount: 1, nodes: [{ fullName: 'Phạm Thị Chi' }] });
    expect(ok(await board(Q, { ids })).nodes[1].people).toEqual({ totalCount: 1, nodes: [{ fullName: 'Trần Văn Bình' }] });
  });

  it('shows households only to those who read all personal data', async () => {
    const Q = `{ households { totalCount } commendations(filter: { subjectKind: { eq: HOUSEHOLD } }) { totalCount } }`;
    expect(ok(await officerA(Q))).toEqual({ households: { totalCount: 0 }, commendations: { totalCount: 0 } });
    expect(ok(await blocOfficer(Q))).toEqual({ households: { totalCount: 0 }, commendations: { totalCount: 0 } });
    expect(ok(await board(Q)).households.totalCount).toBeGreaterThan(0);
  });
});

describe('commendations in scope', () => {
  const filter = () => ({ awardTypeId: { eq: gid(world.awardType) } });

  it('counts in commendationStats only what the officer may see', async () => {
    const Q = `query($f: CommendationFilter) { commendationStats(groupBy: [SUBJECT_KIND], filter: $f) { key { subjectKind } count } }`;
    const stats = async (gql: Gql, f: object) => ok(await gql(Q, { f })).commendationStats.map((g: any) => [g.key.subjectKind, g.count]);
    expect(await stats(board, filter())).toEqual([
      ['COLLECTIVE', 2],
      ['INDIVIDUAL', 3],
      ['HOUSEHOLD', 1],
    ]);
    // Collective awards are public; of the individual ones only Ân's and Chi's; no household.
    expect(await stats(officerA, filter())).toEqual([
      ['COLLECTIVE', 2],
      ['INDIVIDUAL', 2],
    ]);
    expect(await stats(blocOfficer, filter())).toEqual([
      ['COLLECTIVE', 2],
      ['INDIVIDUAL', 2],
    ]);
    const total = `query($f: CommendationFilter) { commendationStats(groupBy: [], filter: $f) { count } }`;
    expect(ok(await officerA(total, { f: { personId: { eq: gid(world.people.binh) } } })).commendationStats).toEqual([{ count: 0 }]);
    expect(ok(await board(total, { f: { personId: { eq: gid(world.people.binh) } } })).commendationStats).toEqual([{ count: 1 }]);
  });

  it('agrees in lists, nested connections and subjects', async () => {
    const Q = `query($f: CommendationFilter, $at: ID!, $binh: ID!) {
      commendations(filter: $f) { totalCount nodes { subject { __typename ... on Person { fullName } } person { fullName } } }
      awardType(id: $at) { commendations { totalCount } }
      binh: nodes(ids: [$binh]) { ... on Person { commendations { totalCount } } } }`;
    const vars = { f: filter(), at: gid(world.awardType), binh: gid(world.people.binh) };
    const mine = ok(await officerA(Q, vars));
    expect(mine.commendations.totalCount).toBe(4);
    expect(mine.commendations.nodes.map((n: any) => n.person?.fullName ?? n.subject.__typename).sort()).toEqual(['Lê Văn Ân', 'Phạm Thị Chi', 'Unit', 'Unit']);
    expect(mine.awardType.commendations.totalCount).toBe(4);
    expect(mine.binh).toEqual([null]);
    const all = ok(await board(Q, vars));
    expect([all.commendations.totalCount, all.awardType.commendations.totalCount, all.binh[0].commendations.totalCount]).toEqual([6, 6, 1]);
  });
});

describe('writing in scope', () => {
  const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { note } userErrors { code } } }`;
  const DELETE = `mutation($id: ID!) { deletePerson(id: $id) { deletedId userErrors { code } } }`;

  it('lets a unit officer change only the people now working at their unit', async () => {
    const mine = await buildPerson(app.db);
    await buildAffiliation(app.db, mine, world.unitA);
    expect(ok(await officerA(UPDATE, { input: { id: gid(mine), note: 'Đã sửa' } })).updatePerson).toEqual({ person: { note: 'Đã sửa' }, userErrors: [] });
    // Chi left for unit C: unit A's officer still sees her but may no longer change her.
    const denied = await officerA(UPDATE, { input: { id: gid(world.people.chi), note: 'Không được' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Someone unit A's officer cannot see is missing, as any unknown id.
    expect(ok(await officerA(UPDATE, { input: { id: gid(world.people.binh), note: 'Không được' } })).updatePerson).toEqual({
      person: null,
      userErrors: [{ code: 'NOT_FOUND' }],
    });
    expect((await app.db.manager.findOneByOrFail(Person, { id: world.people.binh.id })).note).toBeNull();
  });

  it('lets a unit officer delete a person only when their whole history is at that unit', async () => {
    const moved = await buildPerson(app.db);
    await buildAffiliation(app.db, moved, world.unitB, { startedOn: '2010-01-01', endedOn: '2019-12-31' });
    await buildAffiliation(app.db, moved, world.unitA, { startedOn: '2020-01-01' });
    expect((await officerA(DELETE, { id: gid(moved) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.db.manager.existsBy(Person, { id: moved.id })).toBe(true);
    const own = await buildPerson(app.db);
    await buildAffiliation(app.db, own, world.unitA);
    expect(ok(await officerA(DELETE, { id: gid(own) })).deletePerson).toEqual({ deletedId: gid(own), userErrors: [] });
  });

  it('keeps unit and bloc officers out of the unit and bloc trees', async () => {
    const parent = await buildUnit(app.db);
    const moveUnit = await officerA(`mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { userErrors { code } } }`, {
      input: { id: gid(world.unitA), parentId: gid(parent) },
    });
    expect(moveUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const moveBloc = await blocOfficer(`mutation($input: UpdateBlocInput!) { updateBloc(input: $input) { userErrors { code } } }`, {
      input: { id: gid(world.bloc), parentId: null },
    });
    expect(moveBloc.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
