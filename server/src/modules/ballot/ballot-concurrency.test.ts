import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { gid } from '../../test-support/builders.js';
import { arrangeBloc, CAST, CREATE, TRANSITION } from './ballot-flow.builders.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('concurrent ballots', () => {
  it('counts 20 voters voting at once, each once, and one of two simultaneous submits by the same voter', async () => {
    const { covenant, units } = await arrangeBloc(app, 21);
    const [a, b] = units.map(gid) as [string, string];
    const id = ok(
      await app.gql(CREATE, { input: { covenantId: gid(covenant), title: 'Đề nghị', purpose: 'PROPOSAL', candidateIds: [a, b], selfVoteAllowed: true } }),
    ).createBallotSession.session.id;
    ok(await app.gql(TRANSITION, { input: { id, to: 'OPEN' } }));
    const officers = await Promise.all(units.map(async (unit) => ({ unit, gql: (await app.loginAs('UNIT_OFFICER', { unitId: unit.id })).gql })));
    const twice = officers.pop()!;
    // Voter i agrees with a always and with b when i is even: a = 21, b = 11 (10 of the 20 + the double submitter).
    const send = (o: (typeof officers)[number], i: number) =>
      o.gql(CAST, { input: { sessionId: id, unitId: gid(o.unit), agreedCandidateIds: i % 2 === 0 ? [a, b] : [a] } });
    const responses = await Promise.all([...officers.map((o, i) => send(o, i)), send(twice, 0), send(twice, 0)]);
    const outcomes = responses.map((r) =>
      ok(r)
        .castBallot.userErrors.map((e: { code: string }) => e.code)
        .join(','),
    );
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill(''));
    // The second of the same voter's submits is refused, by the check or, when they overlap, by the unique constraint.
    expect(outcomes.slice(20).sort()).toEqual(['', expect.stringMatching(/^(ALREADY_VOTED|DUPLICATE)$/)]);

    const closed = ok(await app.gql(TRANSITION, { input: { id, to: 'CLOSED' } })).transitionBallotSession.session;
    expect(closed.turnout).toEqual({ voters: 21, voted: 21, percent: 100 });
    expect(closed.results.candidates.map((c: { votes: number }) => c.votes)).toEqual([21, 11]);
  });
});
