import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { gid } from '../../test-support/builders.js';
import { subscribe, wsClient } from '../../test-support/ws.js';
import { arrangeBloc, CAST, CREATE, READ, TRANSITION } from './ballot-flow.builders.js';

/**
 * A secret ballot records who voted, never what they chose, anywhere the API writes: the
 * participation rows carry no choice; the counters carry no voter, id, time or order; the change
 * log and the live feed carry participations only.
 */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CHANGES = `subscription($since: String) { changes(since: $since) { seq entityType changes { field after } } }`;
const PARTICIPATION_FIELDS = ['paper', 'sessionId', 'unitId', 'voterUserId'];

const columnsOf = async (table: string) =>
  (
    (await app.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name`, [table])) as { column_name: string }[]
  ).map((r) => r.column_name);

describe('secret ballot', () => {
  it('keeps each choice unlinkable to its voter in the tables, the change log and the live feed', async () => {
    const { covenant, units } = await arrangeBloc(app, 4);
    const [a, b, c] = units.map(gid) as [string, string, string, string];
    const created = ok(
      await app.gql(CREATE, {
        input: { covenantId: gid(covenant), title: 'Đề nghị Bằng khen', purpose: 'PROPOSAL', candidateIds: [a, b, c], secret: true, selfVoteAllowed: true },
      }),
    );
    const id = created.createBallotSession.session.id;
    ok(await app.gql(TRANSITION, { input: { id, to: 'OPEN' } }));
    const sessionRow = (await app.db.query(`SELECT id FROM ballot_session WHERE title = 'Đề nghị Bằng khen'`))[0].id as string;

    const officers = await Promise.all(units.map(async (unit) => (await app.loginAs('UNIT_OFFICER', { unitId: unit.id })).gql));
    const board = await app.loginAs('BOARD_OFFICER');
    const since = ok(await board.gql<{ latestChangeSeq: string }>('{ latestChangeSeq }')).latestChangeSeq;
    const client = wsClient(app.url, { cookie: board.cookie });
    const live = subscribe(client, CHANGES, { since });

    const ballots: [number, string[]][] = [
      [0, [a]],
      [1, [a, b]],
      [2, [c]],
      [3, []],
    ];
    for (const [voter, agreed] of ballots) {
      expect(
        ok(await officers[voter]!(CAST, { input: { sessionId: id, unitId: gid(units[voter]!), agreedCandidateIds: agreed } })).castBallot.userErrors,
      ).toEqual([]);
      // Every ballot rewrites every counter of the session: one writer transaction for all rows, whatever was chosen.
      const xmins = await app.db.query(`SELECT DISTINCT xmin::text AS x FROM ballot_tally WHERE session_id = $1`, [sessionRow]);
      expect(xmins).toHaveLength(1);
    }

    // The tables: participations hold no choice; counters hold no voter, own id, time or order column.
    expect(await columnsOf('ballot_participation')).toEqual(['created_at', 'id', 'paper', 'session_id', 'unit_id', 'updated_at', 'version', 'voter_user_id']);
    expect(await columnsOf('ballot_tally')).toEqual(['agree', 'candidate_unit_id', 'session_id']);
    const tallyRefs = await app.db.query(
      `SELECT confrelid::regclass::text AS target FROM pg_constraint WHERE conrelid = 'ballot_tally'::regclass AND contype = 'f'`,
    );
    expect(tallyRefs).toEqual([{ target: 'ballot_session' }]);
    expect(
      await app.db.query(`SELECT candidate_unit_id AS unit, agree FROM ballot_tally WHERE session_id = $1 ORDER BY agree DESC, candidate_unit_id`, [
        sessionRow,
      ]),
    ).toHaveLength(3);
    // A secret session keeps no choice with a voter.
    expect(
      (
        await app.db.query(
          `SELECT COUNT(*)::int AS n FROM ballot_choice ch JOIN ballot_participation p ON p.id = ch.participation_id WHERE p.session_id = $1`,
          [sessionRow],
        )
      )[0].n,
    ).toBe(0);

    // The change log: during the vote only the four participations, each with no choice in it.
    const logged: { entity_type: string; keys: string[] }[] = await app.db.query(
      `SELECT entity_type, ARRAY(SELECT jsonb_object_keys(changes) ORDER BY 1) AS keys FROM change_event WHERE seq > $1 ORDER BY seq`,
      [since],
    );
    expect(logged).toEqual(ballots.map(() => ({ entity_type: 'BallotParticipation', keys: PARTICIPATION_FIELDS })));
    const mentionsTally = await app.db.query(
      `SELECT COUNT(*)::int AS n FROM change_event WHERE seq > $1 AND (changes::text ILIKE '%agree%' OR entity_type ILIKE '%tally%')`,
      [since],
    );
    expect(mentionsTally[0].n).toBe(0);

    // The live feed: the same four events, announcing turnout only.
    const events = (await live.waitFor(4)).map((e: any) => e.changes);
    expect(events.map((e: any) => [e.entityType, e.changes.map((f: { field: string }) => f.field).sort()])).toEqual(
      ballots.map(() => ['BallotParticipation', PARTICIPATION_FIELDS]),
    );
    live.stop();
    await client.dispose();

    // The API has no field that reads a choice; the count appears only once closed.
    const fields = ok(await app.gql(`{ __type(name: "BallotParticipation") { fields { name } } }`)).__type.fields.map((f: { name: string }) => f.name);
    expect(fields.sort()).toEqual(['createdAt', 'history', 'id', 'paper', 'session', 'unit', 'updatedAt', 'version']);
    expect(ok(await app.gql(READ, { id })).node.results).toBeNull();
    const results = ok(await app.gql(TRANSITION, { input: { id, to: 'CLOSED' } })).transitionBallotSession.session.results;
    expect(results.candidates.map((r: { votes: number }) => r.votes)).toEqual([2, 1, 1]);
  });

  it('keeps the choice with the voter in an open session', async () => {
    const { covenant, units } = await arrangeBloc(app, 2);
    const [a, b] = units.map(gid) as [string, string];
    const id = ok(
      await app.gql(CREATE, { input: { covenantId: gid(covenant), title: 'Biểu quyết công khai', purpose: 'PROPOSAL', candidateIds: [a, b], secret: false } }),
    ).createBallotSession.session.id;
    ok(await app.gql(TRANSITION, { input: { id, to: 'OPEN' } }));
    const officer = (await app.loginAs('UNIT_OFFICER', { unitId: units[0]!.id })).gql;
    expect(ok(await officer(CAST, { input: { sessionId: id, unitId: a, agreedCandidateIds: [b] } })).castBallot.userErrors).toEqual([]);
    const rows = await app.db.query(
      `SELECT p.unit_id AS voter, ch.candidate_unit_id AS candidate FROM ballot_choice ch JOIN ballot_participation p ON p.id = ch.participation_id`,
    );
    expect(rows).toEqual([{ voter: units[0]!.id, candidate: units[1]!.id }]);
  });
});
