import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { fingerprint } from '../../test-support/authorization.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildAwardType } from '../award-type/award-type.builders.js';
import { addMember, buildBloc } from '../bloc/bloc.builders.js';
import type { Bloc } from '../bloc/entities.js';
import type { Unit } from '../unit/entities.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { buildDossierAttachment } from '../file/file.builders.js';
import { Dossier } from './dossier.entity.js';

/** A unit's dossier through the API: create with lines, edit, submit locks it, return with a reason, resubmit, history, scope. */
let app: TestApp;
let unit: Unit;
let bloc: Bloc;
let officer: Gql;
let blocOfficer: Gql;
beforeAll(async () => {
  app = await createTestApp();
  unit = await buildUnit(app.db);
  bloc = await buildBloc(app.db);
  await addMember(app.db, bloc, unit, 2020);
  officer = (await app.loginAs('UNIT_OFFICER', { unitId: unit.id })).gql;
  blocOfficer = (await app.loginAs('BLOC_OFFICER', { blocId: bloc.id })).gql;
});
afterAll(() => app.close());

const PAYLOAD = `dossier { id code status currentLevel holderUnit { id } dueOn version lines { id position included } } userErrors { field code message }`;
const mutate = async (gql: Gql, name: string, input: Record<string, unknown>, select = PAYLOAD) =>
  ok(await gql(`mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${select} } }`, { input }))[name];
const transition = (gql: Gql, id: string, to: string, reason?: string) => mutate(gql, 'transitionDossier', { id, to, reason });

/** A draft with one line; with its proposal letter attached unless `letter` is false. */
async function draftWithLine(gql = officer, letter = true) {
  const awardType = await buildAwardType(app.db, { subjectKinds: ['COLLECTIVE'] });
  const created = await mutate(gql, 'createDossier', {
    proposingUnitId: gid(unit),
    kind: 'MERIT',
    year: 2023,
    title: 'Đề nghị tặng Bằng khen',
    blocId: gid(bloc),
  });
  expect(created.userErrors).toEqual([]);
  if (letter) await buildDossierAttachment(app.db, fromGlobalId(created.dossier.id)!.id, 'TOTRINH');
  const line = await mutate(
    gql,
    'addDossierLine',
    { dossierId: created.dossier.id, unitId: gid(unit), awardTypeId: gid(awardType), achievement: 'Dẫn đầu' },
    'line { id position } userErrors { code }',
  );
  expect(line.userErrors).toEqual([]);
  return { id: created.dossier.id as string, code: created.dossier.code as string, lineId: line.line.id as string };
}

describe('dossier', () => {
  it('is created with a generated code and lines, and needs a proposal number before it is submitted', async () => {
    const { id, code } = await draftWithLine();
    expect(code).toMatch(/^HS-2023-\d{6}$/);
    const refused = await transition(officer, id, 'SUBMITTED');
    expect(refused.userErrors).toEqual([{ field: ['to'], code: 'PROPOSAL_NUMBER_MISSING', message: 'Cần số tờ trình đề nghị trước khi gửi hồ sơ.' }]);
    expect((await mutate(officer, 'updateDossier', { id, proposalNumber: '12/TTr-UB', proposalSigner: 'Trần Văn Ký' })).userErrors).toEqual([]);
    const sent = await transition(officer, id, 'SUBMITTED');
    expect(sent.userErrors).toEqual([]);
    expect(sent.dossier).toMatchObject({ status: 'SUBMITTED', currentLevel: 'BLOC', holderUnit: null });
    expect(sent.dossier.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses to submit without an included line', async () => {
    const { id, lineId } = await draftWithLine();
    await mutate(officer, 'updateDossier', { id, proposalNumber: '13/TTr' });
    await mutate(officer, 'updateDossierLine', { id: lineId, included: false }, 'line { id } userErrors { code }');
    expect((await transition(officer, id, 'SUBMITTED')).userErrors.map((e: { code: string }) => e.code)).toEqual(['DOSSIER_EMPTY']);
  });

  it('is locked once submitted: no edit, no delete, no line change by its sender; nothing written', async () => {
    const { id, lineId } = await draftWithLine();
    await mutate(officer, 'updateDossier', { id, proposalNumber: '14/TTr' });
    await transition(officer, id, 'SUBMITTED');
    const before = await fingerprint(app.db);
    const locked = [{ field: ['id'], code: 'DOSSIER_LOCKED', message: expect.stringContaining('Hồ sơ đã gửi đi') }];
    expect((await mutate(officer, 'updateDossier', { id, title: 'Sửa sau khi gửi' })).userErrors).toEqual(locked);
    expect(
      ok(await officer(`mutation($id: ID!) { deleteDossier(id: $id) { deletedId userErrors { field code message } } }`, { id })).deleteDossier.userErrors,
    ).toEqual(locked);
    expect(
      (await mutate(officer, 'updateDossierLine', { id: lineId, achievement: 'Sửa' }, 'line { id } userErrors { field code message }')).userErrors,
    ).toEqual(locked);
    expect(
      ok(await officer(`mutation($id: ID!) { deleteDossierLine(id: $id) { deletedId userErrors { field code message } } }`, { id: lineId })).deleteDossierLine
        .userErrors,
    ).toEqual(locked);
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('is returned with a reason, edited again and resubmitted; the history shows who, why, from which level to which', async () => {
    const { id } = await draftWithLine();
    await mutate(officer, 'updateDossier', { id, proposalNumber: '15/TTr' });
    await transition(officer, id, 'SUBMITTED');
    expect((await transition(blocOfficer, id, 'RETURNED')).userErrors.map((e: { field: string[] }) => e.field)).toEqual([['reason']]);
    const returned = await transition(blocOfficer, id, 'RETURNED', 'Thiếu báo cáo thành tích');
    expect(returned.dossier).toMatchObject({ status: 'RETURNED', currentLevel: 'UNIT', holderUnit: { id: gid(unit) } });
    expect((await mutate(officer, 'updateDossier', { id, content: 'Bổ sung báo cáo' })).userErrors).toEqual([]);
    expect((await transition(officer, id, 'SUBMITTED')).dossier.status).toBe('SUBMITTED');
    const history = ok(
      await app.gql(`query($id: ID!) { dossier(id: $id) { history(first: 3) { nodes { actorName reason changes { field before after } } } } }`, { id }),
    ).dossier.history.nodes;
    // Newest first: the resubmission, the edit, the return.
    const step = history[2];
    expect(step.reason).toBe('Thiếu báo cáo thành tích');
    expect(step.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'SUBMITTED', after: 'RETURNED' },
        { field: 'currentLevel', before: 'BLOC', after: 'UNIT' },
      ]),
    );
    expect(history[0].changes).toEqual(expect.arrayContaining([{ field: 'currentLevel', before: 'UNIT', after: 'BLOC' }]));
  });

  it('is not seen nor touched by another unit', async () => {
    const { id } = await draftWithLine();
    const other = (await app.loginAs('UNIT_OFFICER', { unitId: (await buildUnit(app.db)).id })).gql;
    expect((await other(`query($id: ID!) { dossier(id: $id) { id } }`, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ok(await other(`{ dossiers(first: 50) { nodes { id } } }`)).dossiers.nodes).toEqual([]);
    expect((await mutate(other, 'updateDossier', { id, title: 'Không được' })).userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    const version = (
      await app.db.manager.findOneByOrFail(Dossier, { code: (await ok(await officer(`query($id: ID!) { dossier(id: $id) { code } }`, { id }))).dossier.code })
    ).version;
    expect(version).toBe(1);
  });
});
