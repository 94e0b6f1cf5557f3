import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildDossierLine, buildSentDossier } from './dossier.builders.js';

/** The Board hands a dossier to one of its officers: from then on only that officer takes the Board's steps on it. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const ASSIGN = `mutation($input: AssignDossierSpecialistInput!) { assignDossierSpecialist(input: $input) {
  dossier { id specialist { id } } userErrors { field code } } }`;
const STEPS = `query($id: ID!) { dossier(id: $id) { allowedTransitions { name allowed } } }`;

describe('a dossier’s specialist', () => {
  it('alone among the Board’s officers takes the Board’s steps once assigned, until unassigned', async () => {
    const unit = await buildUnit(app.db);
    const dossier = await buildSentDossier(app.db, unit.id, 'RECEIVED');
    await buildDossierLine(app.db, dossier, unit.id, { appraisalResult: 'ELIGIBLE' });
    const [specialist, colleague] = [await app.loginAs('BOARD_OFFICER'), await app.loginAs('BOARD_OFFICER')];
    const id = gid(dossier);
    const steps = async (who: typeof specialist) => ok(await who.gql(STEPS, { id })).dossier.allowedTransitions.map((t: any) => t.name);
    expect(await steps(colleague)).toContain('FORWARD');

    const assigned = ok(await colleague.gql(ASSIGN, { input: { dossierId: id, specialistId: gid(specialist.user) } })).assignDossierSpecialist;
    expect(assigned.userErrors).toEqual([]);
    // Accounts are the administrator's to see: the specialist is read as the administrator.
    expect(ok(await app.gql(`query($id: ID!) { dossier(id: $id) { specialist { id } } }`, { id })).dossier.specialist.id).toBe(gid(specialist.user));
    expect(await steps(colleague)).not.toContain('FORWARD');
    expect(await steps(specialist)).toContain('FORWARD');
    const refused = await colleague.gql(`mutation($input: TransitionDossierInput!) { transitionDossier(input: $input) { userErrors { code } } }`, {
      input: { id, to: 'FORWARDED' },
    });
    expect(refused.errors?.[0]?.extensions?.code ?? refused.data?.transitionDossier.userErrors[0]?.code).toBe('FORBIDDEN');

    expect(ok(await specialist.gql(ASSIGN, { input: { dossierId: id, specialistId: null } })).assignDossierSpecialist.userErrors).toEqual([]);
    expect(await steps(colleague)).toContain('FORWARD');
  });

  it('is one of the Board’s active officers, on a dossier the Board holds', async () => {
    const unit = await buildUnit(app.db);
    const officer = await app.loginAs('UNIT_OFFICER', { unitId: unit.id });
    const held = await buildSentDossier(app.db, unit.id, 'RECEIVED');
    const notBoard = ok(await app.gql(ASSIGN, { input: { dossierId: gid(held), specialistId: gid(officer.user) } })).assignDossierSpecialist;
    expect(notBoard.userErrors).toEqual([{ field: ['specialistId'], code: 'INVALID' }]);
    const draft = await buildSentDossier(app.db, unit.id, 'SUBMITTED');
    const board = await app.loginAs('BOARD_OFFICER');
    const early = ok(await app.gql(ASSIGN, { input: { dossierId: gid(draft), specialistId: gid(board.user) } })).assignDossierSpecialist;
    expect(early.userErrors).toEqual([{ field: ['dossierId'], code: 'INVALID_STATE' }]);
  });
});
