import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { fingerprint } from '../../test-support/authorization.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildSentDossier, buildDossierLine } from '../dossier/dossier.builders.js';
import type { Unit } from '../unit/entities.js';
import { awaitingDecision, councilMembers } from './council.builders.js';

/** The council's session: members and attendance, the lines it votes on, the counts, results onto the lines, minutes, and the approval that follows them. */
let app: TestApp;
let units: Unit[];
beforeAll(async () => {
  app = await createTestApp();
  units = [await buildUnit(app.db), await buildUnit(app.db), await buildUnit(app.db)];
});
afterAll(() => app.close());

const SESSION = `session { id version status presentCount quorumMet members { name role present }
  agenda { agree disagree percent result line { id councilResult unit { name } } }
  allowedTransitions { to allowed blockers { code message } }
  minutes { memberCount present lines { dossierCode subjectName awardName agree disagree percent result } conclusion } }`;
async function run(name: string, type: string, input: Record<string, unknown>, gql = app.gql) {
  return ok(await gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${SESSION} userErrors { field code message } } }`, { input }))[name];
}
const create = (input: Record<string, unknown>, gql = app.gql) =>
  run('createCouncilSession', 'CreateCouncilSessionInput', { title: 'Phiên họp Hội đồng năm 2023', year: 2023, ...input }, gql);
const update = (input: Record<string, unknown>) => run('updateCouncilSession', 'UpdateCouncilSessionInput', input);
const votes = (input: Record<string, unknown>) => run('recordCouncilVotes', 'RecordCouncilVotesInput', input);
const transition = (id: string, to: string, reason?: string) => run('transitionCouncilSession', 'TransitionCouncilSessionInput', { id, to, reason });

describe('a council session', () => {
  it('votes on the eligible lines of dossiers awaiting decision, and its results go onto the lines and into the minutes', async () => {
    const { dossier, lines } = await awaitingDecision(app.db, [units[0]!.id, units[1]!.id]);
    const created = await create({ dossierIds: [gid(dossier)], members: councilMembers(5, 4), meetingDate: '2024-01-10', venue: 'Trụ sở UBND thành phố' });
    expect(created.userErrors).toEqual([]);
    const session = created.session;
    expect(session.agenda.map((a: any) => a.line.id)).toEqual(lines.map(gid));
    expect(session).toMatchObject({ status: 'DRAFT', presentCount: 4, quorumMet: true });

    const open = await transition(session.id, 'VOTING');
    expect(open.userErrors).toEqual([]);
    // 4 present of 5; 50% of all members (the default base) is 2.5: 3 agree pass, 2 do not.
    const counted = await votes({
      id: session.id,
      votes: [
        { lineId: gid(lines[0]!), agree: 3, disagree: 1 },
        { lineId: gid(lines[1]!), agree: 2, disagree: 2 },
      ],
    });
    expect(counted.userErrors).toEqual([]);
    expect(counted.session.agenda.map((a: any) => [a.percent, a.result])).toEqual([
      [60, 'PASSED'],
      [40, 'FAILED'],
    ]);
    expect(counted.session.agenda.every((a: any) => a.line.councilResult === null)).toBe(true);

    const closed = await transition(session.id, 'CLOSED');
    expect(closed.userErrors).toEqual([]);
    expect(closed.session.agenda.map((a: any) => a.line.councilResult)).toEqual(['PASSED', 'FAILED']);
    expect(closed.session.minutes).toMatchObject({ memberCount: 5, present: 4 });
    expect(closed.session.minutes.lines.map((l: any) => [l.dossierCode, l.subjectName, l.agree, l.result])).toEqual([
      [dossier.code, units[0]!.name, 3, 'PASSED'],
      [dossier.code, units[1]!.name, 2, 'FAILED'],
    ]);
    expect(closed.session.minutes.conclusion).toContain('1/2');

    // The approval awards only the line the council passed.
    const approved = ok(
      await app.gql(
        `mutation($input: ApproveDossierInput!) { approveDossier(input: $input) { dossier { status lines { councilResult commendation { id } } } userErrors { code } } }`,
        { input: { dossierId: gid(dossier), decisionNumber: `${process.pid}-HD/QĐ-UBND`, issuedOn: '2024-01-20', issuer: 'UBND thành phố' } },
      ),
    ).approveDossier;
    expect(approved.userErrors).toEqual([]);
    expect(approved.dossier.lines.map((l: any) => [l.councilResult, !!l.commendation])).toEqual([
      ['PASSED', true],
      ['FAILED', false],
    ]);
  });

  it('refuses what is not ready, each with its code, and changes nothing', async () => {
    const draft = await buildSentDossier(app.db, units[2]!.id, 'FORWARDED', { currentLevel: 'BOARD' });
    const line = await buildDossierLine(app.db, draft, units[2]!.id, { appraisalResult: 'ELIGIBLE' });
    const before = await fingerprint(app.db);
    const refused = await create({ dossierIds: [gid(draft)], lineIds: [gid(line)] });
    expect(refused.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['dossierIds.0', 'NOT_AWAITING_DECISION'],
      ['lineIds.0', 'NOT_AWAITING_DECISION'],
    ]);
    expect(await fingerprint(app.db)).toEqual(before);

    const { lines } = await awaitingDecision(app.db, [units[2]!.id]);
    const empty = (await create({})).session;
    const open = empty.allowedTransitions.find((t: any) => t.to === 'VOTING');
    expect(open.blockers.map((b: any) => b.code)).toEqual(['NO_COUNCIL_MEMBERS', 'NO_AGENDA']);

    const session = (await create({ lineIds: [gid(lines[0]!)], members: councilMembers(4, 1) })).session;
    expect((await transition(session.id, 'VOTING')).userErrors).toEqual([]);
    expect((await update({ id: session.id, title: 'Đổi tên khi đang họp' })).userErrors.map((e: any) => e.code)).toEqual(['INVALID_STATE']);
    expect((await votes({ id: session.id, votes: [{ lineId: gid(lines[0]!), agree: 2, disagree: 0 }] })).userErrors.map((e: any) => e.code)).toEqual([
      'VOTES_EXCEED_PRESENT',
    ]);
    expect((await votes({ id: session.id, votes: [{ lineId: gid(line), agree: 1, disagree: 0 }] })).userErrors.map((e: any) => e.code)).toEqual([
      'NOT_ON_AGENDA',
    ]);
    const close = (await transition(session.id, 'CLOSED')).userErrors.map((e: any) => e.code);
    expect(close).toEqual(['QUORUM_NOT_MET', 'VOTES_MISSING']);
    // Attendance taken: three of four present, the quorum (50%) is met; the line counted, it closes.
    expect((await update({ id: session.id, members: councilMembers(4, 3) })).userErrors).toEqual([]);
    expect((await votes({ id: session.id, votes: [{ lineId: gid(lines[0]!), agree: 3, disagree: 0 }] })).userErrors).toEqual([]);
    expect((await transition(session.id, 'CLOSED')).session.status).toBe('CLOSED');
  });

  it('is the Board’s: a unit officer neither sees nor creates one, and sees only the result on its own line', async () => {
    const officer = await app.loginAs('UNIT_OFFICER', { unitId: units[0]!.id });
    const listed = ok(await officer.gql(`{ councilSessions(first: 5) { totalCount } }`));
    expect(listed.councilSessions.totalCount).toBe(0);
    const res = await officer.gql(`mutation($input: CreateCouncilSessionInput!) { createCouncilSession(input: $input) { userErrors { code } } }`, {
      input: { title: 'Không được', year: 2023 },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
