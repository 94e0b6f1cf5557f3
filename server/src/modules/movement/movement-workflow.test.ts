import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { fingerprint } from '../../test-support/authorization.js';
import { gid } from '../../test-support/builders.js';
import { buildMovement } from './movement.builders.js';

/** The movement workflow through the API: the Board's record, launched only with a document. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const TRANSITION = `mutation($input: TransitionMovementInput!) {
  transitionMovement(input: $input) { movement { status version } userErrors { field code message } }
}`;
const OPTIONS = `query($id: ID!) { movement(id: $id) { allowedTransitions { name to allowed reasonRequired blockers { code } } history(first: 1) { nodes { reason changes { field before after } } } } }`;

describe('movement workflow', () => {
  it('launches only with a launch document or date, then opens, with history', async () => {
    const movement = await buildMovement(app.db, { status: 'DRAFT', launchDocument: null, launchedOn: null, launchDecisionId: null });
    const options = ok(await app.gql(OPTIONS, { id: gid(movement) })).movement.allowedTransitions;
    expect(options).toEqual([{ name: 'LAUNCH', to: 'LAUNCHED', allowed: false, reasonRequired: false, blockers: [{ code: 'LAUNCH_DOCUMENT_MISSING' }] }]);
    const before = await fingerprint(app.db);
    const refused = ok(await app.gql(TRANSITION, { input: { id: gid(movement), to: 'LAUNCHED' } })).transitionMovement;
    expect(refused.userErrors).toEqual([
      { field: ['to'], code: 'LAUNCH_DOCUMENT_MISSING', message: 'Cần số văn bản hoặc ngày phát động trước khi phát động.' },
    ]);
    expect(await fingerprint(app.db)).toEqual(before);

    ok(
      await app.gql(`mutation($input: UpdateMovementInput!) { updateMovement(input: $input) { userErrors { code } } }`, {
        input: { id: gid(movement), launchDocument: 'Kế hoạch 12/KH-UBND' },
      }),
    );
    const launched = ok(await app.gql(TRANSITION, { input: { id: gid(movement), to: 'LAUNCHED', reason: 'Đã ban hành kế hoạch' } })).transitionMovement;
    expect(launched).toEqual({ movement: { status: 'LAUNCHED', version: movement.version + 2 }, userErrors: [] });
    const after = ok(await app.gql(OPTIONS, { id: gid(movement) })).movement;
    expect(after.allowedTransitions.map((o: { name: string }) => o.name)).toEqual(['WITHDRAW', 'OPEN']);
    expect(after.history.nodes).toEqual([{ reason: 'Đã ban hành kế hoạch', changes: [{ field: 'status', before: 'DRAFT', after: 'LAUNCHED' }] }]);
  });

  it('is the Board’s: bloc officers are FORBIDDEN and see no transitions', async () => {
    const movement = await buildMovement(app.db, { status: 'OPEN' });
    const officer = (await app.loginAs('BLOC_OFFICER')).gql;
    expect(ok(await officer(OPTIONS, { id: gid(movement) })).movement.allowedTransitions).toEqual([]);
    const before = await fingerprint(app.db);
    expect((await officer(TRANSITION, { input: { id: gid(movement), to: 'REVIEWING' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await fingerprint(app.db)).toEqual(before);
  });
});
