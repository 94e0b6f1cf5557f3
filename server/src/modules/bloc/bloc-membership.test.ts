import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { BlocMembership } from './bloc-membership.entity.js';
import { addMember, buildBloc, setLeader, setRole } from './bloc.builders.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const ADD = `mutation($input: AddBlocMemberInput!) { addBlocMember(input: $input) {
  membership { id fromYear toYear note bloc { name } unit { name } } userErrors { field message code } } }`;
const END = `mutation($input: EndBlocMembershipInput!) { endBlocMembership(input: $input) { membership { fromYear toYear version } userErrors { field message code } } }`;
const REMOVE = `mutation($id: ID!) { removeBlocMembership(id: $id) { deletedId userErrors { field message code } } }`;

const add = async (input: object) => ok(await app.gql(ADD, { input })).addBlocMember;

describe('bloc memberships', () => {
  it('adds, ends and removes a member', async () => {
    const bloc = await buildBloc(app.db, { name: 'Khối thi đua Doanh nghiệp 2' });
    const unit = await buildUnit(app.db, { name: 'Cảng vụ Hàng hải Hải Phòng', kind: 'STATE_AGENCY' });
    const added = await add({ blocId: gid(bloc), unitId: gid(unit), fromYear: 2019, note: 'Vận tải đường thủy' });
    expect(added).toMatchObject({
      membership: {
        fromYear: 2019,
        toYear: null,
        note: 'Vận tải đường thủy',
        bloc: { name: 'Khối thi đua Doanh nghiệp 2' },
        unit: { name: 'Cảng vụ Hàng hải Hải Phòng' },
      },
      userErrors: [],
    });
    const ended = ok(await app.gql(END, { input: { membershipId: added.membership.id, toYear: 2021 } })).endBlocMembership;
    expect(ended).toEqual({ membership: { fromYear: 2019, toYear: 2021, version: 2 }, userErrors: [] });

    // A second period after the first is fine; the unit's history shows both, oldest first.
    const again = await add({ blocId: gid(bloc), unitId: gid(unit), fromYear: 2023 });
    expect(again.userErrors).toEqual([]);
    const history = ok(
      await app.gql(`query($id: ID!) { node(id: $id) { ... on Unit { blocMemberships { fromYear toYear bloc { name } } } } }`, { id: gid(unit) }),
    );
    expect(history.node.blocMemberships).toEqual([
      { fromYear: 2019, toYear: 2021, bloc: { name: 'Khối thi đua Doanh nghiệp 2' } },
      { fromYear: 2023, toYear: null, bloc: { name: 'Khối thi đua Doanh nghiệp 2' } },
    ]);

    const removed = ok(await app.gql(REMOVE, { id: again.membership.id })).removeBlocMembership;
    expect(removed).toEqual({ deletedId: again.membership.id, userErrors: [] });
    const after = ok(await app.gql(`query($id: ID!) { bloc(id: $id) { memberships { fromYear unit { name } } } }`, { id: gid(bloc) }));
    expect(after.bloc.memberships).toEqual([{ fromYear: 2019, unit: { name: 'Cảng vụ Hàng hải Hải Phòng' } }]);
  });

  it('refuses overlapping periods and reversed years, writing nothing', async () => {
    const bloc = await buildBloc(app.db);
    const unit = await buildUnit(app.db);
    await addMember(app.db, bloc, unit, 2020, 2022);
    await addMember(app.db, bloc, unit, 2025);
    const before = await app.db.manager.count(BlocMembership);
    const ids = { blocId: gid(bloc), unitId: gid(unit) };
    for (const period of [{ fromYear: 2022 }, { fromYear: 2018, toYear: 2020 }, { fromYear: 2023, toYear: 2026 }, { fromYear: 2030 }]) {
      const res = await add({ ...ids, ...period });
      expect(res.membership).toBeNull();
      expect(res.userErrors).toEqual([expect.objectContaining({ field: ['unitId'], code: 'ALREADY_MEMBER' })]);
    }
    const reversed = await add({ ...ids, fromYear: 2024, toYear: 2023 });
    expect(reversed.userErrors).toEqual([expect.objectContaining({ field: ['toYear'], code: 'OUT_OF_RANGE' })]);
    const badYear = await add({ ...ids, fromYear: 1900 });
    expect(badYear.userErrors).toEqual([expect.objectContaining({ field: ['fromYear'], code: 'OUT_OF_RANGE' })]);
    const unknown = await add({ blocId: gid(unit), unitId: gid(bloc), fromYear: 2024 });
    expect(unknown.userErrors.map((e: any) => [e.field[0], e.code])).toEqual([
      ['blocId', 'NOT_FOUND'],
      ['unitId', 'NOT_FOUND'],
    ]);
    // The gap year 2023–2024 is free, and another unit may of course join in 2022.
    expect((await add({ ...ids, fromYear: 2023, toYear: 2024 })).userErrors).toEqual([]);
    expect((await add({ blocId: gid(bloc), unitId: gid(await buildUnit(app.db)), fromYear: 2022 })).userErrors).toEqual([]);
    expect(await app.db.manager.count(BlocMembership)).toBe(before + 2);
  });

  it('keeps an end year consistent with other periods and with roles held', async () => {
    const bloc = await buildBloc(app.db);
    const unit = await buildUnit(app.db);
    const first = await addMember(app.db, bloc, unit, 2018, 2020);
    await addMember(app.db, bloc, unit, 2022);
    const end = async (membership: BlocMembership, toYear: number) =>
      ok(await app.gql(END, { input: { membershipId: gid(membership), toYear } })).endBlocMembership;

    expect((await end(first, 2017)).userErrors).toEqual([expect.objectContaining({ field: ['toYear'], code: 'OUT_OF_RANGE' })]);
    expect((await end(first, 2022)).userErrors).toEqual([expect.objectContaining({ field: ['toYear'], code: 'ALREADY_MEMBER' })]);
    expect((await end(first, 2021)).userErrors).toEqual([]);

    await setRole(app.db, bloc, 2021, 'HEAD', unit);
    await setLeader(app.db, bloc, 2020, unit);
    const shrink = await end(first, 2019);
    expect(shrink).toEqual({ membership: null, userErrors: [expect.objectContaining({ field: ['toYear'], code: 'IN_USE' })] });
    expect(shrink.userErrors[0].message).toContain('2020, 2021');
    const remove = ok(await app.gql(REMOVE, { id: gid(first) })).removeBlocMembership;
    expect(remove).toEqual({ deletedId: null, userErrors: [expect.objectContaining({ field: ['id'], code: 'IN_USE' })] });
    const stored = await app.db.manager.findOneByOrFail(BlocMembership, { id: first.id });
    expect(stored.toYear).toBe(2021);
  });
});

describe('a bloc officer and the bloc’s scope', () => {
  it('cannot widen it: adding a member or moving an end year later is the Board’s; ending earlier and removing stay the bloc’s', async () => {
    const bloc = await buildBloc(app.db, { name: 'Khối thi đua phạm vi' });
    const officer = (await app.loginAs('BLOC_OFFICER', { blocId: bloc.id })).gql;
    const outsider = await buildUnit(app.db, { name: 'Đơn vị ngoài khối phạm vi' });
    const count = () => app.db.manager.countBy(BlocMembership, { blocId: bloc.id });

    const added = await officer(ADD, { input: { blocId: gid(bloc), unitId: gid(outsider), fromYear: 2099 } });
    expect(added.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(0);

    const member = await buildUnit(app.db, { name: 'Thành viên phạm vi' });
    const membership = await addMember(app.db, bloc, member, 2020, 2024);
    const later = await officer(END, { input: { membershipId: gid(membership), toYear: 2099 } });
    expect(later.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.db.manager.findOneByOrFail(BlocMembership, { id: membership.id })).toYear).toBe(2024);

    const earlier = ok(await officer(END, { input: { membershipId: gid(membership), toYear: 2023 } })).endBlocMembership;
    expect(earlier).toMatchObject({ membership: { toYear: 2023 }, userErrors: [] });
    // The Board moves it later again.
    expect(ok(await app.gql(END, { input: { membershipId: gid(membership), toYear: 2026 } })).endBlocMembership.membership.toYear).toBe(2026);
  });
});
