import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { gid } from '../../test-support/builders.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { BlocLeader } from '../bloc/entities.js';
import { buildCriterion } from '../covenant/covenant.builders.js';
import { buildAssessment, buildViolation } from '../scoring/scoring.builders.js';
import { Unit } from '../unit/entities.js';
import { arrangeBloc, CAST, TRANSITION } from './ballot-flow.builders.js';

/** Default candidates from the ranking, the minutes at close, the leader and proposals it records (real PostgreSQL). */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const MINUTES = `minutes { blocName year covenantTitle title purpose secret meeting { date venue chair secretary boardGuest }
  voters voted turnoutPercent attendance { unitName voted paper } thresholdPercent thresholdBase quorumPercent quorumMet
  candidates { unitName votes percent passed } leaderName result scoreTable { rank unitName total percent } }`;
const CREATE = `mutation($input: CreateBallotSessionInput!) { createBallotSession(input: $input) {
  session { id version candidates { name } meetingDate venue } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateBallotSessionInput!) { updateBallotSession(input: $input) { session { version chair } userErrors { field code } } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on BallotSession { status ${MINUTES} proposals { unit { name } award status votes percent year } } } }`;
const PROPOSALS = `query($id: ID!) { covenant(id: $id) { proposals { unit { name } award } } }`;

/** Five members ranked: số 5 (15, excluded: serious violation), số 3 (10), số 1 (5), số 2 and số 4 (0). */
async function arrangeRanked() {
  const world = await arrangeBloc(app, 5);
  const [u1, , u3, , u5] = world.units as [Unit, Unit, Unit, Unit, Unit];
  const big = await buildCriterion(app.db, world.covenant, { title: 'Chấp hành chủ trương', kind: 'QUALITATIVE', maxScore: 10 });
  const small = await buildCriterion(app.db, world.covenant, { title: 'Phong trào', kind: 'QUALITATIVE', maxScore: 5 });
  for (const unit of world.units) {
    await buildAssessment(app.db, big, unit.id, { met: unit === u3 || unit === u5 });
    await buildAssessment(app.db, small, unit.id, { met: unit === u1 || unit === u5 });
  }
  await buildViolation(app.db, world.covenant.id, u5.id);
  return world;
}

const names = (session: { candidates: { name: string }[] }) => session.candidates.map((c) => c.name);
const create = async (input: Record<string, unknown>) => ok(await app.gql(CREATE, { input: { title: 'Bình chọn', ...input } })).createBallotSession;

async function vote(id: string, units: Unit[], ballots: [number, number[]][]) {
  for (const [voter, agreed] of ballots) {
    const officer = (await app.loginAs('UNIT_OFFICER', { unitId: units[voter]!.id })).gql;
    const input = { sessionId: id, unitId: gid(units[voter]!), agreedCandidateIds: agreed.map((i) => gid(units[i]!)) };
    expect(ok(await officer(CAST, { input })).castBallot.userErrors).toEqual([]);
  }
}

describe('ballot minutes and results', () => {
  it('defaults candidates from the ranking: who may lead, best first; merit in rank order, the first half', async () => {
    const { covenant } = await arrangeRanked();
    const leading = await create({ covenantId: gid(covenant), purpose: 'LEADING_UNIT' });
    expect(leading.userErrors).toEqual([]);
    expect(names(leading.session)).toEqual(['Hội doanh nghiệp số 3', 'Hội doanh nghiệp số 1', 'Hội doanh nghiệp số 2']);
    const two = await create({ covenantId: gid(covenant), purpose: 'LEADING_UNIT', candidateCount: 2 });
    expect(names(two.session)).toEqual(['Hội doanh nghiệp số 3', 'Hội doanh nghiệp số 1']);
    const merit = await create({ covenantId: gid(covenant), purpose: 'PROPOSAL' });
    expect(names(merit.session)).toEqual(['Hội doanh nghiệp số 5', 'Hội doanh nghiệp số 3', 'Hội doanh nghiệp số 1']);
  });

  it('refuses a default list when the ranking has no unit', async () => {
    const { covenant } = await arrangeBloc(app, 0);
    const refused = await create({ covenantId: gid(covenant), purpose: 'PROPOSAL' });
    expect(refused.userErrors.map((e: { code: string }) => e.code)).toEqual(['NO_CANDIDATES']);
  });

  it('writes the minutes at close (counts only), makes the leader the bloc leader and proposes it for the flag', async () => {
    const { covenant, units, bloc } = await arrangeRanked();
    const input = { covenantId: gid(covenant), purpose: 'LEADING_UNIT', meetingDate: '2023-12-20', venue: 'Hội trường Liên hiệp hội' };
    const { session } = await create(input);
    expect(session).toMatchObject({ meetingDate: '2023-12-20', venue: 'Hội trường Liên hiệp hội' });
    ok(await app.gql(TRANSITION, { input: { id: session.id, to: 'OPEN' } }));
    // The meeting details stay editable while the vote is open; the candidates do not.
    const edit = ok(
      await app.gql(UPDATE, { input: { id: session.id, chair: 'Ông Trần Văn Chủ – Trưởng khối', secretary: 'Bà Lê Thị Ký' } }),
    ).updateBallotSession;
    expect(edit).toMatchObject({ session: { chair: 'Ông Trần Văn Chủ – Trưởng khối' }, userErrors: [] });
    const late = ok(await app.gql(UPDATE, { input: { id: session.id, quorumPercent: 10 } })).updateBallotSession;
    expect(late.userErrors).toEqual([{ field: ['id'], code: 'INVALID_STATE' }]);

    // Candidates số 3, số 1, số 2 (indexes 2, 0, 1); số 2 does not vote. Số 3: 3 of 5 voters (60%).
    await vote(session.id, units, [
      [0, [2]],
      [3, [2]],
      [4, [2]],
      [2, [0]],
    ]);
    ok(await app.gql(TRANSITION, { input: { id: session.id, to: 'CLOSED' } }));
    const read = async () => ok(await app.gql(READ, { id: session.id })).node;
    const closed = await read();
    expect(closed.minutes).toMatchObject({
      year: 2023,
      purpose: 'LEADING_UNIT',
      secret: true,
      meeting: { date: '2023-12-20', venue: 'Hội trường Liên hiệp hội', chair: 'Ông Trần Văn Chủ – Trưởng khối', secretary: 'Bà Lê Thị Ký', boardGuest: null },
      voters: 5,
      voted: 4,
      turnoutPercent: 80,
      thresholdPercent: 50,
      thresholdBase: 'ALL',
      quorumPercent: 50,
      quorumMet: true,
      candidates: [
        { unitName: 'Hội doanh nghiệp số 3', votes: 3, percent: 60, passed: true },
        { unitName: 'Hội doanh nghiệp số 1', votes: 1, percent: 20, passed: false },
        { unitName: 'Hội doanh nghiệp số 2', votes: 0, percent: 0, passed: false },
      ],
      leaderName: 'Hội doanh nghiệp số 3',
      result: 'Đơn vị dẫn đầu khối, đề nghị tặng Cờ thi đua: Hội doanh nghiệp số 3 (3/5 phiếu, 60%).',
    });
    expect(closed.minutes.attendance).toEqual([1, 2, 3, 4, 5].map((n) => ({ unitName: `Hội doanh nghiệp số ${n}`, voted: n !== 2, paper: false })));
    expect(
      closed.minutes.scoreTable.map((r: { rank: number; unitName: string; total: number; percent: number }) => [r.rank, r.unitName, r.total, r.percent]),
    ).toEqual([
      [1, 'Hội doanh nghiệp số 5', 15, 100],
      [2, 'Hội doanh nghiệp số 3', 10, 66.67],
      [3, 'Hội doanh nghiệp số 1', 5, 33.33],
      [4, 'Hội doanh nghiệp số 2', 0, 0],
      [4, 'Hội doanh nghiệp số 4', 0, 0],
    ]);
    // Nothing in the stored minutes links a voter to a choice: attendees carry only who voted.
    const [{ minutes }] = await app.db.query(`SELECT minutes FROM ballot_session WHERE id = $1`, [fromGlobalId(session.id)!.id]);
    for (const attendee of minutes.attendance) expect(Object.keys(attendee).sort()).toEqual(['paper', 'unitId', 'unitName', 'voted']);
    expect(Object.keys(minutes.candidates[0]).sort()).toEqual(['passed', 'percent', 'unitId', 'unitName', 'votes']);

    const leader = await app.db.manager.findOneByOrFail(BlocLeader, { blocId: bloc.id, year: 2023 });
    expect(leader).toMatchObject({ unitId: units[2]!.id, note: 'Bình chọn: 3/5 phiếu (60%)' });
    expect(closed.proposals).toEqual([
      { unit: { name: 'Hội doanh nghiệp số 3' }, award: 'EMULATION_FLAG', status: 'PROPOSED', votes: 3, percent: 60, year: 2023 },
    ]);

    // A later rename leaves the minutes as they were.
    const RENAME = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { userErrors { code } } }`;
    expect(ok(await app.gql(RENAME, { input: { id: gid(units[2]!), name: 'Hội doanh nghiệp số 3 (đổi tên)' } })).updateUnit.userErrors).toEqual([]);
    const after = await read();
    expect(after.minutes.leaderName).toBe('Hội doanh nghiệp số 3');
    expect(after.minutes.candidates[0].unitName).toBe('Hội doanh nghiệp số 3');
    expect(after.proposals[0].unit.name).toBe('Hội doanh nghiệp số 3 (đổi tên)');
  });

  it('records no leader on a tie at the top, and says so in the minutes', async () => {
    const { covenant, units, bloc } = await arrangeBloc(app, 4);
    const candidateIds = [gid(units[0]!), gid(units[1]!)];
    const { session } = await create({ covenantId: gid(covenant), purpose: 'LEADING_UNIT', candidateIds, thresholdPercent: 25, thresholdBase: 'PRESENT' });
    ok(await app.gql(TRANSITION, { input: { id: session.id, to: 'OPEN' } }));
    await vote(session.id, units, [
      [0, [1]],
      [1, [0]],
      [2, [0]],
      [3, [1]],
    ]);
    ok(await app.gql(TRANSITION, { input: { id: session.id, to: 'CLOSED' } }));
    const closed = ok(await app.gql(READ, { id: session.id })).node;
    expect(closed.minutes.leaderName).toBeNull();
    expect(closed.minutes.result).toBe(
      'Không bình chọn được đơn vị dẫn đầu: Hội doanh nghiệp số 1, Hội doanh nghiệp số 2 bằng số phiếu cao nhất. Các đơn vị đạt: Hội doanh nghiệp số 1 (2/4 phiếu, 50%); Hội doanh nghiệp số 2 (2/4 phiếu, 50%).',
    );
    expect(closed.proposals).toEqual([]);
    expect(await app.db.manager.findOneBy(BlocLeader, { blocId: bloc.id, year: 2023 })).toBeNull();
  });

  it('proposes every passing merit candidate for a Certificate of Merit, seen by the bloc only', async () => {
    const { covenant, units, outsider } = await arrangeRanked();
    const { session } = await create({ covenantId: gid(covenant), purpose: 'PROPOSAL' });
    ok(await app.gql(TRANSITION, { input: { id: session.id, to: 'OPEN' } }));
    // Candidates số 5, số 3, số 1 (indexes 4, 2, 0); 70% of the present voters passes.
    await vote(session.id, units, [
      [0, [4, 2]],
      [1, [4, 2, 0]],
      [2, [4]],
      [3, [4, 2]],
      [4, [2]],
    ]);
    ok(await app.gql(TRANSITION, { input: { id: session.id, to: 'CLOSED' } }));
    const closed = ok(await app.gql(READ, { id: session.id })).node;
    expect(closed.minutes.result).toBe(
      'Các đơn vị đạt, đề nghị tặng Bằng khen: Hội doanh nghiệp số 5 (4/5 phiếu, 80%); Hội doanh nghiệp số 3 (4/5 phiếu, 80%).',
    );
    // Equal votes: no order between them.
    expect(closed.proposals.map((p: { unit: { name: string }; award: string }) => [p.unit.name, p.award]).sort()).toEqual([
      ['Hội doanh nghiệp số 3', 'CERTIFICATE_OF_MERIT'],
      ['Hội doanh nghiệp số 5', 'CERTIFICATE_OF_MERIT'],
    ]);
    expect(ok(await app.gql(PROPOSALS, { id: gid(covenant) })).covenant.proposals).toHaveLength(2);
    const stranger = (await app.loginAs('UNIT_OFFICER', { unitId: outsider.id })).gql;
    expect(ok(await stranger(PROPOSALS, { id: gid(covenant) })).covenant.proposals).toEqual([]);
  });
});
