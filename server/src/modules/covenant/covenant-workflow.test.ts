import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { fingerprint } from '../../test-support/authorization.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { toGlobalId as toGid } from '../../core/graphql/global-id.js';
import { buildBallotSession } from '../ballot/ballot.builders.js';
import { setRole } from '../bloc/bloc.builders.js';
import type { Bloc } from '../bloc/entities.js';
import { buildBloc, buildCovenant, buildMembership, buildSignature } from './covenant.builders.js';
import { Covenant } from './covenant.entity.js';

/** The covenant workflow through the API, against a real PostgreSQL. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const TRANSITION = `mutation($input: TransitionCovenantInput!) {
  transitionCovenant(input: $input) {
    covenant { status version }
    userErrors { field code message }
    conflict { kind currentVersion fields { field base theirs yours } }
  }
}`;
const OPTIONS = `query($id: ID!) { covenant(id: $id) { status allowedTransitions { name to label reasonRequired allowed blockers { field code message } } } }`;
const HISTORY = `query($id: ID!) { covenant(id: $id) { history(first: 1) { nodes { actorName reason changes { field before after } } } } }`;

/** A bloc with five member units in 2023, and its 2023 covenant in `status`, signed by the first `signed` members. */
async function arrange(status: Covenant['status'], signed = 0): Promise<{ bloc: Bloc; covenant: Covenant }> {
  const bloc = await buildBloc(app.db);
  const units = [];
  for (let i = 0; i < 5; i += 1) {
    const unit = await buildUnit(app.db);
    await buildMembership(app.db, bloc, unit.id, 2022);
    units.push(unit);
  }
  const covenant = await buildCovenant(app.db, { blocId: bloc.id, year: 2023, status });
  for (const unit of units.slice(0, signed)) await buildSignature(app.db, covenant, unit.id);
  return { bloc, covenant };
}

const transition = (gql: Gql, input: Record<string, unknown>) => gql(TRANSITION, { input });
const statusOf = async (covenant: Covenant) => (await app.db.manager.findOneByOrFail(Covenant, { id: covenant.id })).status;

describe('covenant workflow', () => {
  it('cannot be marked signed with 4 of 5 signatures; with 5 it can', async () => {
    const { covenant } = await arrange('READY_TO_SIGN', 4);
    const before = await fingerprint(app.db);
    const refused = ok(await transition(app.gql, { id: gid(covenant), to: 'SIGNED', expectedVersion: covenant.version })).transitionCovenant;
    expect(refused).toEqual({
      covenant: null,
      userErrors: [{ field: ['to'], code: 'NOT_ALL_SIGNED', message: 'Mới 4/5 đơn vị thành viên ký giao ước; còn 1 đơn vị chưa ký.' }],
      conflict: null,
    });
    expect(await fingerprint(app.db)).toEqual(before);
    const options = ok(await app.gql(OPTIONS, { id: gid(covenant) })).covenant.allowedTransitions;
    expect(options).toContainEqual({
      name: 'MARK_SIGNED',
      to: 'SIGNED',
      label: 'Xác nhận đã ký kết',
      reasonRequired: false,
      allowed: false,
      blockers: [{ field: ['to'], code: 'NOT_ALL_SIGNED', message: 'Mới 4/5 đơn vị thành viên ký giao ước; còn 1 đơn vị chưa ký.' }],
    });

    const [last] = await app.db.query(
      `SELECT m.unit_id FROM bloc_membership m WHERE m.bloc_id = $1 AND NOT EXISTS (SELECT 1 FROM covenant_signature s WHERE s.covenant_id = $2 AND s.unit_id = m.unit_id)`,
      [covenant.blocId, covenant.id],
    );
    await buildSignature(app.db, covenant, last.unit_id);
    const signed = ok(await transition(app.gql, { id: gid(covenant), to: 'SIGNED', expectedVersion: covenant.version })).transitionCovenant;
    expect(signed).toEqual({ covenant: { status: 'SIGNED', version: covenant.version + 1 }, userErrors: [], conflict: null });
  });

  it('keeps a signed covenant signed by all: no signature is removed until the Board reopens signing', async () => {
    const { bloc, covenant } = await arrange('SIGNED', 5);
    const [signature] = await app.db.query(`SELECT unit_id FROM covenant_signature WHERE covenant_id = $1 LIMIT 1`, [covenant.id]);
    const UNSIGN = `mutation($input: UnsignCovenantInput!) { unsignCovenant(input: $input) { userErrors { field code } } }`;
    const unsign = () => app.gql(UNSIGN, { input: { covenantId: gid(covenant), unitId: toGid('Unit', signature.unit_id) } });
    expect(ok(await unsign()).unsignCovenant.userErrors).toEqual([{ field: ['covenantId'], code: 'INVALID_STATE' }]);
    const own = (await app.loginAs('BLOC_OFFICER', { blocId: bloc.id })).gql;
    expect((await transition(own, { id: gid(covenant), to: 'READY_TO_SIGN', reason: 'Sửa chữ ký' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reopened = ok(await transition(app.gql, { id: gid(covenant), to: 'READY_TO_SIGN', reason: 'Đơn vị ký nhầm người ký' })).transitionCovenant;
    expect(reopened.covenant.status).toBe('READY_TO_SIGN');
    expect(ok(await unsign()).unsignCovenant.userErrors).toEqual([]);
  });

  it('is FORBIDDEN to officers of other blocs, units and analysts, before any version check, writing nothing', async () => {
    const { bloc, covenant } = await arrange('DRAFT');
    const other = await buildBloc(app.db);
    const callers = [
      (await app.loginAs('BLOC_OFFICER', { blocId: other.id })).gql,
      (await app.loginAs('UNIT_OFFICER', { unitId: (await buildUnit(app.db)).id })).gql,
      (await app.loginAs('ANALYST')).gql,
    ];
    for (const gql of callers) {
      const before = await fingerprint(app.db);
      // A stale version too: the permission is checked first.
      const answer = await transition(gql, { id: gid(covenant), to: 'IN_COMMENT', expectedVersion: 99 });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await fingerprint(app.db)).toEqual(before);
    }
    // Closing is the Board's, even for the bloc's own officer.
    const own = (await app.loginAs('BLOC_OFFICER', { blocId: bloc.id })).gql;
    const proposed = await buildCovenant(app.db, { blocId: bloc.id, year: 2024, status: 'PROPOSED' });
    expect((await transition(own, { id: gid(proposed), to: 'CLOSED' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(proposed)).toBe('PROPOSED');
  });

  it('answers an illegal transition with a typed user error, writing nothing', async () => {
    const { covenant } = await arrange('DRAFT', 5);
    const before = await fingerprint(app.db);
    const answer = ok(await transition(app.gql, { id: gid(covenant), to: 'SIGNED' })).transitionCovenant;
    expect(answer.userErrors).toEqual([{ field: ['to'], code: 'INVALID_TRANSITION', message: 'Không chuyển được từ «Dự thảo» sang «Đã ký kết».' }]);
    expect(answer.covenant).toBeNull();
    expect(await fingerprint(app.db)).toEqual(before);
    const unknown = await transition(app.gql, { id: gid(covenant), to: 'DONE' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('requires a reason for a step back, and keeps it in the history with the actor', async () => {
    const { bloc, covenant } = await arrange('IN_COMMENT');
    const officer = await app.loginAs('BLOC_OFFICER', { blocId: bloc.id });
    const blank = ok(await transition(officer.gql, { id: gid(covenant), to: 'DRAFT', reason: '  ' })).transitionCovenant;
    expect(blank.userErrors).toEqual([{ field: ['reason'], code: 'REQUIRED', message: 'Cần nêu lý do để trả về dự thảo.' }]);
    expect(await statusOf(covenant)).toBe('IN_COMMENT');

    const back = ok(
      await transition(officer.gql, { id: gid(covenant), to: 'DRAFT', reason: ' Cần bổ sung nhiệm vụ chuyển đổi số ', expectedVersion: covenant.version }),
    ).transitionCovenant;
    expect(back.userErrors).toEqual([]);
    const [entry] = ok(await app.gql(HISTORY, { id: gid(covenant) })).covenant.history.nodes;
    expect(entry).toEqual({
      actorName: `${officer.user.displayName} (${officer.user.username})`,
      reason: 'Cần bổ sung nhiệm vụ chuyển đổi số',
      changes: [{ field: 'status', before: 'IN_COMMENT', after: 'DRAFT' }],
    });

    // A step forward takes an optional reason; without one the history says none.
    ok(await transition(officer.gql, { id: gid(covenant), to: 'IN_COMMENT' }));
    const [forward] = ok(await app.gql(HISTORY, { id: gid(covenant) })).covenant.history.nodes;
    expect(forward).toMatchObject({ reason: null, changes: [{ field: 'status', before: 'DRAFT', after: 'IN_COMMENT' }] });
  });

  it('is a CONFLICT when the status changed after the version the user saw', async () => {
    const { covenant } = await arrange('DRAFT');
    const seen = covenant.version;
    ok(await transition(app.gql, { id: gid(covenant), to: 'IN_COMMENT', expectedVersion: seen }));
    const before = await fingerprint(app.db);
    const stale = ok(await transition(app.gql, { id: gid(covenant), to: 'IN_COMMENT', expectedVersion: seen })).transitionCovenant;
    // Someone already made the same change: nothing to merge, and no step from IN_COMMENT to itself.
    expect(stale.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_TRANSITION']);
    const other = ok(await transition(app.gql, { id: gid(covenant), to: 'READY_TO_SIGN', expectedVersion: seen })).transitionCovenant;
    expect(other).toEqual({
      covenant: null,
      userErrors: [{ field: ['expectedVersion'], code: 'CONFLICT', message: expect.any(String) }],
      conflict: { kind: 'EDITED', currentVersion: seen + 1, fields: [{ field: 'status', base: 'DRAFT', theirs: 'IN_COMMENT', yours: 'READY_TO_SIGN' }] },
    });
    expect(await fingerprint(app.db)).toEqual(before);
    // An edit of another field since merges: the transition goes ahead.
    ok(
      await app.gql(`mutation($input: UpdateCovenantInput!) { updateCovenant(input: $input) { userErrors { code } } }`, {
        input: { id: gid(covenant), content: 'Nội dung mới' },
      }),
    );
    const merged = ok(await transition(app.gql, { id: gid(covenant), to: 'READY_TO_SIGN', expectedVersion: seen + 1 })).transitionCovenant;
    expect(merged).toMatchObject({ covenant: { status: 'READY_TO_SIGN', version: seen + 3 }, userErrors: [] });
  });

  it('proposes only once a leading-unit vote of the covenant has closed', async () => {
    const { bloc, covenant } = await arrange('VOTING');
    const own = (await app.loginAs('BLOC_OFFICER', { blocId: bloc.id })).gql;
    const blocker = {
      field: ['to'],
      code: 'LEADING_VOTE_MISSING',
      message: 'Chưa có phiên bình chọn đơn vị dẫn đầu đã kết thúc: cần kết thúc phiên bỏ phiếu trước khi đề nghị khen thưởng.',
    };
    // An open leading vote, a closed merit vote: neither will do.
    await buildBallotSession(app.db, covenant, [], { status: 'OPEN' });
    await buildBallotSession(app.db, covenant, [], { purpose: 'PROPOSAL', status: 'CLOSED' });
    const before = await fingerprint(app.db);
    const refused = ok(await transition(own, { id: gid(covenant), to: 'PROPOSED' })).transitionCovenant;
    expect(refused).toEqual({ covenant: null, userErrors: [blocker], conflict: null });
    expect(await fingerprint(app.db)).toEqual(before);
    const options = ok(await own(OPTIONS, { id: gid(covenant) })).covenant.allowedTransitions;
    expect(options).toContainEqual(expect.objectContaining({ name: 'PROPOSE', allowed: false, blockers: [blocker] }));

    await buildBallotSession(app.db, covenant, [], { status: 'CLOSED' });
    const proposed = ok(await transition(own, { id: gid(covenant), to: 'PROPOSED' })).transitionCovenant;
    expect(proposed).toMatchObject({ covenant: { status: 'PROPOSED' }, userErrors: [] });
  });

  it('lists allowedTransitions per role', async () => {
    const { bloc, covenant } = await arrange('PROPOSED');
    const names = async (gql: Gql, id = gid(covenant)) =>
      ok(await gql(OPTIONS, { id })).covenant.allowedTransitions.map((o: { name: string; allowed: boolean }) => `${o.name}:${o.allowed}`);
    const own = (await app.loginAs('BLOC_OFFICER', { blocId: bloc.id })).gql;
    const board = (await app.loginAs('BOARD_OFFICER')).gql;
    expect(await names(board)).toEqual(['REOPEN_VOTING:true', 'CLOSE:false']);
    expect(await names(own)).toEqual([]);
    expect(await names((await app.loginAs('ANALYST')).gql)).toEqual([]);
    expect(await names((await app.loginAs('UNIT_OFFICER', { unitId: (await buildUnit(app.db)).id })).gql)).toEqual([]);
    const head = await buildUnit(app.db);
    await setRole(app.db, bloc, 2024, 'HEAD', head);
    expect(await names(board)).toEqual(['REOPEN_VOTING:true', 'CLOSE:true']);

    const draft = await buildCovenant(app.db, { blocId: bloc.id, year: 2025 });
    expect(await names(own, gid(draft))).toEqual(['SEND_FOR_COMMENT:true']);
    expect(await names((await app.loginAs('BLOC_OFFICER', { blocId: (await buildBloc(app.db)).id })).gql, gid(draft))).toEqual([]);
  });

  it('reads allowedTransitions of many covenants with a constant number of SQL statements', async () => {
    const statements = async (count: number) => {
      for (let i = 0; i < count; i += 1) await arrange('READY_TO_SIGN', i % 5);
      const answer = await app.gql(
        `{ covenants(first: 100, filter: { status: { eq: READY_TO_SIGN } }) { nodes { title allowedTransitions { name allowed } } } }`,
      );
      ok(answer);
      return answer.extensions?.sqlStatements;
    };
    const few = await statements(2);
    const many = await statements(6);
    expect(many).toBe(few);
  });

  it('creates covenants in DRAFT and no longer takes a status in the update', async () => {
    const bloc = await buildBloc(app.db);
    const created = ok(
      await app.gql(`mutation($input: CreateCovenantInput!) { createCovenant(input: $input) { covenant { status } } }`, {
        input: { blocId: gid(bloc), year: 2023, title: 'Giao ước' },
      }),
    );
    expect(created.createCovenant.covenant.status).toBe('DRAFT');
    const update = await app.gql(`mutation($input: UpdateCovenantInput!) { updateCovenant(input: $input) { userErrors { code } } }`, {
      input: { id: gid(bloc), status: 'SIGNED' },
    });
    expect(update.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
