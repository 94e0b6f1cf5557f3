import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { gid } from '../../test-support/builders.js';
import { subscribe, wsClient } from '../../test-support/ws.js';
import { arrangeBloc, CAST, CREATE, TRANSITION } from './ballot-flow.builders.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CHANGES = `subscription($since: String) { changes(since: $since, filter: { entityTypes: ["BallotParticipation"] }) { seq entityType } }`;

describe('live turnout', () => {
  it('announces each ballot to the bloc as it is cast, and to no one outside it', async () => {
    const { covenant, units, outsider } = await arrangeBloc(app, 2);
    const id = ok(
      await app.gql(CREATE, { input: { covenantId: gid(covenant), title: 'Đơn vị dẫn đầu', purpose: 'LEADING_UNIT', candidateIds: [gid(units[0]!)] } }),
    ).createBallotSession.session.id;
    ok(await app.gql(TRANSITION, { input: { id, to: 'OPEN' } }));
    const member = await app.loginAs('UNIT_OFFICER', { unitId: units[1]!.id });
    const stranger = await app.loginAs('UNIT_OFFICER', { unitId: outsider.id });
    const voter = await app.loginAs('UNIT_OFFICER', { unitId: units[1]!.id });
    const since = ok(await app.gql<{ latestChangeSeq: string }>('{ latestChangeSeq }')).latestChangeSeq;
    const [memberClient, strangerClient] = [wsClient(app.url, { cookie: member.cookie }), wsClient(app.url, { cookie: stranger.cookie })];
    const [seen, unseen] = [subscribe(memberClient, CHANGES, { since }), subscribe(strangerClient, CHANGES, { since })];

    expect(ok(await voter.gql(CAST, { input: { sessionId: id, unitId: gid(units[1]!), agreedCandidateIds: [gid(units[0]!)] } })).castBallot.userErrors).toEqual(
      [],
    );
    expect((await seen.waitFor(1)).map((e: any) => e.changes.entityType)).toEqual(['BallotParticipation']);
    // The stranger's stream is filtered by the same scope: after the member heard it, it has nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(unseen.items).toEqual([]);
    expect(unseen.errors).toEqual([]);
    seen.stop();
    unseen.stop();
    await Promise.all([memberClient.dispose(), strangerClient.dispose()]);
  });
});
