import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { gid } from '../../test-support/builders.js';
import { arrangeBloc, CAST, CREATE, READ, TRANSITION } from './ballot-flow.builders.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const officerOf = async (unitId: string) => (await app.loginAs('UNIT_OFFICER', { unitId })).gql;

describe('ballot sessions', () => {
  it('takes the purpose defaults, shows only turnout while open, and tallies on close', async () => {
    const { covenant, units } = await arrangeBloc(app, 5);
    const [a, b, c, d] = units.map(gid) as [string, string, string, string, string];
    const created = ok(
      await app.gql(CREATE, { input: { covenantId: gid(covenant), title: 'Đề nghị Bằng khen năm 2023', purpose: 'PROPOSAL', candidateIds: [a, b, c] } }),
    ).createBallotSession;
    expect(created.userErrors).toEqual([]);
    // PROPOSAL defaults (shared BALLOT_DEFAULTS): agree/disagree each, 70% of present voters, quorum 50%.
    expect(created.session).toMatchObject({
      status: 'DRAFT',
      secret: true,
      maxChoices: null,
      thresholdPercent: 70,
      thresholdBase: 'PRESENT',
      quorumPercent: 50,
      selfVoteAllowed: false,
    });
    expect(created.session.candidates.map((u: { name: string }) => u.name)).toEqual([
      'Hội doanh nghiệp số 1',
      'Hội doanh nghiệp số 2',
      'Hội doanh nghiệp số 3',
    ]);
    const id = created.session.id;

    expect(ok(await (await officerOf(units[3]!.id))(CAST, { input: { sessionId: id, unitId: d, agreedCandidateIds: [a] } })).castBallot.userErrors).toEqual([
      { field: ['sessionId'], code: 'BALLOT_NOT_OPEN' },
    ]);
    expect(ok(await app.gql(TRANSITION, { input: { id, to: 'OPEN' } })).transitionBallotSession.userErrors).toEqual([]);

    // 4 of 5 vote (no one for itself): a gets 3 (75%), b gets 3 (75%), c gets 2 (50%) of the 4 present.
    const ballots: [number, string[]][] = [
      [3, [a, b, c]],
      [4, [a, b]],
      [0, [b, c]],
      [1, [a]],
    ];
    for (const [voter, agreed] of ballots) {
      const cast = ok(
        await (
          await officerOf(units[voter]!.id)
        )(CAST, { input: { sessionId: id, unitId: gid(units[voter]!), agreedCandidateIds: agreed } }),
      ).castBallot;
      expect(cast.userErrors).toEqual([]);
    }
    const open = ok(await app.gql(READ, { id })).node;
    expect(open).toMatchObject({ status: 'OPEN', turnout: { voters: 5, voted: 4, percent: 80 }, results: null });
    expect(open.participations).toHaveLength(4);

    const closed = ok(await app.gql(TRANSITION, { input: { id, to: 'CLOSED' } })).transitionBallotSession.session;
    expect(closed.results).toEqual({
      voters: 5,
      voted: 4,
      turnoutPercent: 80,
      quorumMet: true,
      candidates: [
        { unit: { name: 'Hội doanh nghiệp số 1' }, votes: 3, percent: 75, passed: true },
        { unit: { name: 'Hội doanh nghiệp số 2' }, votes: 3, percent: 75, passed: true },
        { unit: { name: 'Hội doanh nghiệp số 3' }, votes: 2, percent: 50, passed: false },
      ],
    });
    // Members of the bloc see the results; a closed session takes no more ballots.
    const member = await officerOf(units[2]!.id);
    expect(ok(await member(READ, { id })).node.results.voted).toBe(4);
    expect(ok(await member(CAST, { input: { sessionId: id, unitId: c, agreedCandidateIds: [] } })).castBallot.userErrors).toEqual([
      { field: ['sessionId'], code: 'BALLOT_NOT_OPEN' },
    ]);
  });

  it('refuses self-votes when off, more than maxChoices, non-candidates, second ballots and outsiders', async () => {
    const { covenant, units, outsider } = await arrangeBloc(app, 3);
    const [a, b, c] = units.map(gid) as [string, string, string];
    const id = ok(await app.gql(CREATE, { input: { covenantId: gid(covenant), title: 'Đơn vị dẫn đầu', purpose: 'LEADING_UNIT', candidateIds: [a, b] } }))
      .createBallotSession.session.id;
    ok(await app.gql(TRANSITION, { input: { id, to: 'OPEN' } }));
    const officerA = await officerOf(units[0]!.id);
    const cast = async (gql: typeof officerA, unitId: string, agreed: string[]) =>
      ok(await gql(CAST, { input: { sessionId: id, unitId, agreedCandidateIds: agreed } })).castBallot.userErrors;

    expect(await cast(officerA, a, [a])).toEqual([{ field: ['agreedCandidateIds', '0'], code: 'SELF_VOTE' }]);
    expect(await cast(officerA, a, [b, b])).toEqual([{ field: ['agreedCandidateIds', '1'], code: 'DUPLICATE' }]);
    expect(await cast(officerA, a, [c])).toEqual([{ field: ['agreedCandidateIds', '0'], code: 'NOT_A_CANDIDATE' }]);
    const officerC = await officerOf(units[2]!.id);
    expect(await cast(officerC, c, [a, b])).toEqual([{ field: ['agreedCandidateIds'], code: 'TOO_MANY_CHOICES' }]);
    expect(await cast(officerA, a, [b])).toEqual([]);
    expect(await cast(officerA, a, [b])).toEqual([{ field: ['unitId'], code: 'ALREADY_VOTED' }]);
    // Not for another unit; the Board may record a paper ballot; an outsider is no voter.
    const other = await officerA(CAST, { input: { sessionId: id, unitId: b, agreedCandidateIds: [] } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await cast(app.gql, b, [a])).toEqual([]);
    expect(await cast(app.gql, gid(outsider), [a])).toEqual([{ field: ['unitId'], code: 'NOT_A_MEMBER' }]);
    const read = ok(await app.gql(READ, { id })).node;
    expect(read.participations).toEqual([
      { unit: { name: 'Hội doanh nghiệp số 1' }, paper: false },
      { unit: { name: 'Hội doanh nghiệp số 2' }, paper: true },
    ]);
    // Leading unit: one choice, 50% of all 3 voters, quorum 50%: b has 1 of 3 (33.33%), a has 1.
    const closed = ok(await app.gql(TRANSITION, { input: { id, to: 'CLOSED' } })).transitionBallotSession.session.results;
    expect(closed).toMatchObject({
      voters: 3,
      voted: 2,
      quorumMet: true,
      candidates: [
        { votes: 1, percent: 33.33, passed: false },
        { votes: 1, percent: 33.33, passed: false },
      ],
    });
  });

  it('edits a draft (candidates, settings), and nothing once it is open', async () => {
    const { covenant, units } = await arrangeBloc(app, 3);
    const [a, b, c] = units.map(gid) as [string, string, string];
    const UPDATE = `mutation($input: UpdateBallotSessionInput!) { updateBallotSession(input: $input) { session { maxChoices quorumPercent candidates { name } } userErrors { field code } } }`;
    const id = ok(await app.gql(CREATE, { input: { covenantId: gid(covenant), title: 'Đề nghị', purpose: 'PROPOSAL', candidateIds: [a] } })).createBallotSession
      .session.id;
    const edited = ok(await app.gql(UPDATE, { input: { id, candidateIds: [c, b], maxChoices: 1, quorumPercent: 60 } })).updateBallotSession;
    expect(edited).toEqual({
      session: { maxChoices: 1, quorumPercent: 60, candidates: [{ name: 'Hội doanh nghiệp số 3' }, { name: 'Hội doanh nghiệp số 2' }] },
      userErrors: [],
    });
    ok(await app.gql(TRANSITION, { input: { id, to: 'OPEN' } }));
    const officer = (await app.loginAs('UNIT_OFFICER', { unitId: units[0]!.id })).gql;
    expect(ok(await officer(CAST, { input: { sessionId: id, unitId: a, agreedCandidateIds: [b] } })).castBallot.userErrors).toEqual([]);
    expect(ok(await app.gql(UPDATE, { input: { id, quorumPercent: 10 } })).updateBallotSession.userErrors).toEqual([{ field: ['id'], code: 'INVALID_STATE' }]);
    const results = ok(await app.gql(TRANSITION, { input: { id, to: 'CLOSED' } })).transitionBallotSession.session.results;
    expect(results.candidates.map((r: { votes: number }) => r.votes)).toEqual([0, 1]);
  });

  it('refuses candidates outside the bloc, and is hidden from other blocs', async () => {
    const { covenant, units, outsider } = await arrangeBloc(app, 2);
    const bad = ok(
      await app.gql(CREATE, { input: { covenantId: gid(covenant), title: 'Sai', purpose: 'PROPOSAL', candidateIds: [gid(units[0]!), gid(outsider)] } }),
    ).createBallotSession;
    expect(bad.userErrors).toEqual([{ field: ['candidateIds', '1'], code: 'NOT_A_MEMBER', message: 'Đơn vị không phải thành viên của khối trong năm này.' }]);
    const id = ok(
      await app.gql(CREATE, {
        input: { covenantId: gid(covenant), title: 'Đề nghị', purpose: 'PROPOSAL', candidateIds: [gid(units[0]!)], thresholdPercent: 60, quorumPercent: 100 },
      }),
    ).createBallotSession.session.id;
    const outsiderOfficer = await officerOf(outsider.id);
    expect(ok(await outsiderOfficer(READ, { id })).node).toBeNull();
    const blocOfficer = (await app.loginAs('BLOC_OFFICER', { blocId: covenant.blocId })).gql;
    expect(ok(await blocOfficer(TRANSITION, { input: { id, to: 'OPEN' } })).transitionBallotSession.userErrors).toEqual([]);
    expect(ok(await blocOfficer(TRANSITION, { input: { id, to: 'CANCELLED' } })).transitionBallotSession.userErrors).toEqual([
      { field: ['reason'], code: 'REQUIRED' },
    ]);
  });
});
