import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { fingerprint } from '../../test-support/authorization.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { addMember, buildBloc } from '../bloc/bloc.builders.js';
import type { Bloc } from '../bloc/entities.js';
import type { Unit } from '../unit/entities.js';
import { buildDossierLine, buildSentDossier } from './dossier.builders.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { buildDossierAttachments } from '../file/file.builders.js';
import { Dossier } from './dossier.entity.js';

/** Dossiers on their way up: received, aggregated by the bloc, forwarded by the Board; the inbox of each level. */
let app: TestApp;
let units: Unit[];
let bloc: Bloc;
let blocOfficer: Gql;
beforeAll(async () => {
  app = await createTestApp();
  units = [await buildUnit(app.db), await buildUnit(app.db)];
  bloc = await buildBloc(app.db);
  for (const unit of units) await addMember(app.db, bloc, unit, 2020);
  blocOfficer = (await app.loginAs('BLOC_OFFICER', { blocId: bloc.id })).gql;
});
afterAll(() => app.close());

const PAYLOAD = `dossier { id code status originLevel currentLevel receiverLevel bloc { id } lines { unit { id } position } } userErrors { field code message }`;
const aggregate = async (gql: Gql, input: Record<string, unknown>) =>
  ok(await gql(`mutation($input: AggregateDossiersInput!) { aggregateDossiers(input: $input) { ${PAYLOAD} } }`, { input })).aggregateDossiers;
const transition = async (gql: Gql, id: string, to: string, reason?: string) =>
  ok(await gql(`mutation($input: TransitionDossierInput!) { transitionDossier(input: $input) { ${PAYLOAD} } }`, { input: { id, to, reason } }))
    .transitionDossier;
const INBOX = `{ dossierInbox(first: 10) { totalCount overdueCount byStatus { status count } dossiers { nodes { id } } } }`;

describe('dossier routing', () => {
  it('a bloc receives its members’ dossiers and aggregates them into one, with every included line, sources merged', async () => {
    const [a, b] = [
      await buildSentDossier(app.db, units[0]!.id, 'SUBMITTED', { blocId: bloc.id }),
      await buildSentDossier(app.db, units[1]!.id, 'RECEIVED', { blocId: bloc.id }),
    ];
    await buildDossierLine(app.db, a, units[0]!.id);
    await buildDossierLine(app.db, a, units[0]!.id, { included: false });
    await buildDossierLine(app.db, b, units[1]!.id);
    expect((await transition(blocOfficer, gid(a), 'RECEIVED')).dossier.status).toBe('RECEIVED');
    expect((await transition(blocOfficer, gid(a), 'FORWARDED')).userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_STATE']);
    const merged = await aggregate(blocOfficer, { ids: [gid(a), gid(b)], title: 'Khối đề nghị Bằng khen năm 2023', proposalNumber: '3/TTr-K' });
    expect(merged.userErrors).toEqual([]);
    expect(merged.dossier).toMatchObject({ status: 'DRAFT', originLevel: 'BLOC', currentLevel: 'BLOC', receiverLevel: 'BOARD', bloc: { id: gid(bloc) } });
    expect(merged.dossier.lines).toEqual([
      { unit: { id: gid(units[0]!) }, position: 1 },
      { unit: { id: gid(units[1]!) }, position: 2 },
    ]);
    for (const source of [a, b])
      expect(await app.db.manager.findOneByOrFail(Dossier, { id: source.id })).toMatchObject({ status: 'MERGED', mergedIntoId: expect.any(String) });

    // The bloc sends it on to the Board, which receives, forwards and sends it to the decision level.
    await buildDossierAttachments(app.db, fromGlobalId(merged.dossier.id)!.id);
    expect((await transition(blocOfficer, merged.dossier.id, 'SUBMITTED')).dossier).toMatchObject({ status: 'SUBMITTED', currentLevel: 'BOARD' });
    const notTheirs = await blocOfficer(`mutation($input: TransitionDossierInput!) { transitionDossier(input: $input) { userErrors { code } } }`, {
      input: { id: merged.dossier.id, to: 'RECEIVED' },
    });
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const board = app.gql;
    expect((await transition(board, merged.dossier.id, 'RECEIVED')).dossier.status).toBe('RECEIVED');
    expect((await transition(board, merged.dossier.id, 'FORWARDED')).dossier.status).toBe('FORWARDED');
    // The decision level needs every included line appraised by the Board.
    expect((await transition(board, merged.dossier.id, 'AWAITING_DECISION')).userErrors.map((e: { code: string }) => e.code)).toEqual(['LINES_NOT_APPRAISED']);
    const { lines } = ok(await board(`query($id: ID!) { dossier(id: $id) { lines { id } } }`, { id: merged.dossier.id })).dossier;
    for (const line of lines) {
      const appraised = ok(
        await board(`mutation($input: AppraiseDossierLineInput!) { appraiseDossierLine(input: $input) { userErrors { code } } }`, {
          input: { lineId: line.id, result: 'ELIGIBLE', overrideReason: 'Ban xem xét' },
        }),
      ).appraiseDossierLine;
      expect(appraised.userErrors).toEqual([]);
    }
    expect((await transition(board, merged.dossier.id, 'AWAITING_DECISION')).dossier).toMatchObject({ status: 'AWAITING_DECISION', currentLevel: 'COUNCIL' });
    expect((await transition(board, merged.dossier.id, 'AWARDED')).userErrors.map((e: { code: string }) => e.code)).toEqual(['DECISION_REQUIRED']);
    const back = await transition(board, merged.dossier.id, 'RETURNED_FOR_REVIEW', 'Cần làm rõ thành tích');
    expect(back.dossier).toMatchObject({ status: 'RETURNED_FOR_REVIEW', currentLevel: 'BOARD' });
    expect((await transition(board, merged.dossier.id, 'FORWARDED')).dossier.status).toBe('FORWARDED');
  });

  it('tells each line’s eligibility for its award in the dossier’s year, from the eligibility engine', async () => {
    const dossier = await buildSentDossier(app.db, units[0]!.id, 'RECEIVED', { blocId: bloc.id, year: 2024 });
    const line = await buildDossierLine(app.db, dossier, units[0]!.id);
    const query = `query($id: ID!) { dossier(id: $id) { lines { eligibility { subjectName awardTypeCode year outcome } } } }`;
    const [report] = ok(await blocOfficer(query, { id: gid(dossier) })).dossier.lines.map((l: { eligibility: unknown }) => l.eligibility);
    expect(report).toMatchObject({ subjectName: units[0]!.name, year: 2024, awardTypeCode: expect.any(String) });
    expect(line.dossierId).toBe(dossier.id);
  });

  it('aggregates all or nothing: an unknown or not received dossier changes nothing', async () => {
    const received = await buildSentDossier(app.db, units[0]!.id, 'RECEIVED', { blocId: bloc.id });
    const submitted = await buildSentDossier(app.db, units[1]!.id, 'SUBMITTED', { blocId: bloc.id });
    const before = await fingerprint(app.db);
    const notReceived = await aggregate(blocOfficer, { ids: [gid(received), gid(submitted)], title: 'Tổng hợp' });
    expect(notReceived.userErrors).toEqual([{ field: ['ids', '1'], code: 'NOT_RECEIVED', message: expect.stringContaining(submitted.code) }]);
    const unknown = await aggregate(blocOfficer, { ids: [gid(received), 'RG9zc2llcjowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA='], title: 'Tổng hợp' });
    expect(unknown.userErrors.map((e: { field: string[]; code: string }) => [e.field, e.code])).toEqual([[['ids', '1'], 'NOT_FOUND']]);
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('counts what waits on each level; another bloc’s officer sees none of it and cannot act', async () => {
    const mine = (await app.loginAs('BLOC_OFFICER', { blocId: (await buildBloc(app.db)).id })).gql;
    const unit = await buildUnit(app.db);
    const ownBloc = await buildBloc(app.db);
    await addMember(app.db, ownBloc, unit, 2020);
    const officer = (await app.loginAs('BLOC_OFFICER', { blocId: ownBloc.id })).gql;
    await buildSentDossier(app.db, unit.id, 'SUBMITTED', { blocId: ownBloc.id, dueOn: '2020-01-10' });
    const received = await buildSentDossier(app.db, unit.id, 'RECEIVED', { blocId: ownBloc.id, dueOn: '2999-01-01' });
    await buildSentDossier(app.db, unit.id, 'DRAFT', { blocId: ownBloc.id, currentLevel: 'UNIT' });
    const inbox = ok(await officer(INBOX)).dossierInbox;
    expect(inbox).toMatchObject({ totalCount: 2, overdueCount: 1 });
    expect(inbox.byStatus).toEqual(
      expect.arrayContaining([
        { status: 'SUBMITTED', count: 1 },
        { status: 'RECEIVED', count: 1 },
      ]),
    );
    expect(inbox.dossiers.nodes).toHaveLength(2);
    expect(ok(await mine(INBOX)).dossierInbox).toMatchObject({ totalCount: 0, overdueCount: 0, byStatus: [] });
    const refused = await mine(`mutation($input: TransitionDossierInput!) { transitionDossier(input: $input) { userErrors { code } } }`, {
      input: { id: gid(received), to: 'RETURNED', reason: 'x' },
    });
    expect(refused.data?.transitionDossier.userErrors.map((e: { code: string }) => e.code) ?? refused.errors?.map((e) => e.extensions?.code)).toEqual([
      'NOT_FOUND',
    ]);
  });
});
