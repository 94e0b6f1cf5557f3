import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import type { Unit } from '../unit/entities.js';
import { BlocLeader } from './bloc-leader.entity.js';
import { BlocYearRole } from './bloc-year-role.entity.js';
import { addMember, buildBloc, setLeader, setRole } from './bloc.builders.js';
import type { Bloc } from './bloc.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const SET_ROLES = `mutation($input: SetBlocYearRolesInput!) { setBlocYearRoles(input: $input) {
  bloc { head(year: 2023) { name } deputy(year: 2023) { name } } userErrors { field message code } } }`;
const RECORD_LEADER = `mutation($input: RecordBlocLeaderInput!) { recordBlocLeader(input: $input) {
  leader { year note unit { name } bloc { name } } userErrors { field message code } } }`;

/** Seed 000: the bloc of the city's associations; the 2022 leader is not the 2023 head. */
async function seed000() {
  const bloc = await buildBloc(app.db, { name: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố' });
  const names = ['Liên minh Hợp tác xã thành phố', 'Hiệp hội Doanh nghiệp nhỏ và vừa', 'Hội Doanh nhân trẻ Hải Phòng', 'Hội Nữ Doanh nhân Hải Phòng'];
  const [alliance, sme, young, women] = await Promise.all(names.map((name) => buildUnit(app.db, { name })));
  for (const unit of [alliance!, sme!, young!, women!]) await addMember(app.db, bloc, unit, 2022);
  return { bloc, alliance: alliance!, sme: sme!, young: young!, women: women! };
}

const setRoles = async (input: object) => ok(await app.gql(SET_ROLES, { input })).setBlocYearRoles;

describe('bloc head, deputy and leading unit per year', () => {
  it('sets the head and deputy of a year, changes one, clears one', async () => {
    const { bloc, sme, young, women } = await seed000();
    const set = await setRoles({ blocId: gid(bloc), year: 2023, headUnitId: gid(sme), deputyUnitId: gid(young) });
    expect(set).toEqual({ bloc: { head: { name: 'Hiệp hội Doanh nghiệp nhỏ và vừa' }, deputy: { name: 'Hội Doanh nhân trẻ Hải Phòng' } }, userErrors: [] });
    const deputyOnly = await setRoles({ blocId: gid(bloc), year: 2023, deputyUnitId: gid(women) });
    expect(deputyOnly.bloc).toEqual({ head: { name: 'Hiệp hội Doanh nghiệp nhỏ và vừa' }, deputy: { name: 'Hội Nữ Doanh nhân Hải Phòng' } });
    const swapped = await setRoles({ blocId: gid(bloc), year: 2023, headUnitId: gid(women), deputyUnitId: gid(sme) });
    expect(swapped.bloc).toEqual({ head: { name: 'Hội Nữ Doanh nhân Hải Phòng' }, deputy: { name: 'Hiệp hội Doanh nghiệp nhỏ và vừa' } });
    const cleared = await setRoles({ blocId: gid(bloc), year: 2023, deputyUnitId: null });
    expect(cleared.bloc).toEqual({ head: { name: 'Hội Nữ Doanh nhân Hải Phòng' }, deputy: null });
    expect(await app.db.manager.countBy(BlocYearRole, { blocId: bloc.id })).toBe(1);
  });

  it('refuses a head or deputy who is not a member that year, or the same unit twice, and writes nothing', async () => {
    const { bloc, sme, young } = await seed000();
    const outsider = await buildUnit(app.db, { name: 'Hội Nạn nhân chất độc da cam/Dioxin' });
    const former = await buildUnit(app.db);
    await addMember(app.db, bloc, former, 2015, 2020);
    await setRole(app.db, bloc, 2023, 'HEAD', sme);

    const notMembers = await setRoles({ blocId: gid(bloc), year: 2023, headUnitId: gid(outsider), deputyUnitId: gid(former) });
    expect(notMembers.bloc).toBeNull();
    expect(notMembers.userErrors).toEqual([
      { field: ['headUnitId'], code: 'NOT_A_MEMBER', message: 'Đơn vị không phải thành viên của khối trong năm 2023.' },
      { field: ['deputyUnitId'], code: 'NOT_A_MEMBER', message: 'Đơn vị không phải thành viên của khối trong năm 2023.' },
    ]);
    const beforeJoining = await setRoles({ blocId: gid(bloc), year: 2021, headUnitId: gid(young) });
    expect(beforeJoining.userErrors).toEqual([expect.objectContaining({ field: ['headUnitId'], code: 'NOT_A_MEMBER' })]);
    const same = await setRoles({ blocId: gid(bloc), year: 2023, deputyUnitId: gid(sme) });
    expect(same.userErrors).toEqual([expect.objectContaining({ field: ['deputyUnitId'], code: 'INVALID' })]);
    const unknown = await setRoles({ blocId: gid(bloc), year: 2023, headUnitId: gid(bloc) });
    expect(unknown.userErrors).toEqual([expect.objectContaining({ field: ['headUnitId'], code: 'NOT_FOUND' })]);

    const stored = await app.db.manager.findBy(BlocYearRole, { blocId: bloc.id });
    expect(stored.map((r) => [r.year, r.role, r.unitId])).toEqual([[2023, 'HEAD', sme.id]]);
  });

  it('keeps the leading unit apart from the head: the 2022 leader is not the 2023 head', async () => {
    const { bloc, alliance, sme, young } = await seed000();
    const led = ok(await app.gql(RECORD_LEADER, { input: { blocId: gid(bloc), year: 2022, unitId: gid(young), note: 'Bỏ phiếu kín' } })).recordBlocLeader;
    expect(led.userErrors).toEqual([]);
    // Replacing the 2022 leader keeps one leader per year.
    const replaced = ok(
      await app.gql(RECORD_LEADER, { input: { blocId: gid(bloc), year: 2022, unitId: gid(alliance), note: 'Cờ thi đua của UBND thành phố' } }),
    ).recordBlocLeader;
    expect(replaced).toEqual({
      leader: { year: 2022, note: 'Cờ thi đua của UBND thành phố', unit: { name: 'Liên minh Hợp tác xã thành phố' }, bloc: { name: bloc.name } },
      userErrors: [],
    });
    expect(await app.db.manager.countBy(BlocLeader, { blocId: bloc.id })).toBe(1);
    expect((await setRoles({ blocId: gid(bloc), year: 2023, headUnitId: gid(sme) })).userErrors).toEqual([]);

    const outsider = await buildUnit(app.db);
    const refused = ok(await app.gql(RECORD_LEADER, { input: { blocId: gid(bloc), year: 2022, unitId: gid(outsider) } })).recordBlocLeader;
    expect(refused).toEqual({ leader: null, userErrors: [expect.objectContaining({ field: ['unitId'], code: 'NOT_A_MEMBER' })] });

    const read = ok(
      await app.gql(
        `query($id: ID!) { bloc(id: $id) {
      leader2022: leader(year: 2022) { unit { name } } leader2023: leader(year: 2023) { id }
      head2022: head(year: 2022) { name } head2023: head(year: 2023) { name }
      leaders { year unit { name } } yearRoles { year role unit { name } } y2022: yearRoles(year: 2022) { id } } }`,
        { id: gid(bloc) },
      ),
    );
    expect(read.bloc).toEqual({
      leader2022: { unit: { name: 'Liên minh Hợp tác xã thành phố' } },
      leader2023: null,
      head2022: null,
      head2023: { name: 'Hiệp hội Doanh nghiệp nhỏ và vừa' },
      leaders: [{ year: 2022, unit: { name: 'Liên minh Hợp tác xã thành phố' } }],
      yearRoles: [{ year: 2023, role: 'HEAD', unit: { name: 'Hiệp hội Doanh nghiệp nhỏ và vừa' } }],
      y2022: [],
    });
    const unitSide = ok(
      await app.gql(
        `query($a: ID!, $s: ID!) { a: node(id: $a) { ... on Unit { ledBlocs { year bloc { name } } blocRoles { year } } }
      s: node(id: $s) { ... on Unit { ledBlocs { year } blocRoles(year: 2023) { role bloc { name } } none: blocRoles(year: 2024) { id } } } }`,
        { a: gid(alliance), s: gid(sme) },
      ),
    );
    expect(unitSide).toEqual({
      a: { ledBlocs: [{ year: 2022, bloc: { name: bloc.name } }], blocRoles: [] },
      s: { ledBlocs: [], blocRoles: [{ role: 'HEAD', bloc: { name: bloc.name } }], none: [] },
    });

    const cleared = ok(
      await app.gql(`mutation($input: ClearBlocLeaderInput!) { clearBlocLeader(input: $input) { bloc { leaders { year } } userErrors { code } } }`, {
        input: { blocId: gid(bloc), year: 2022 },
      }),
    ).clearBlocLeader;
    expect(cleared).toEqual({ bloc: { leaders: [] }, userErrors: [] });
  });

  it('lists the members of a year with their roles and the leading unit', async () => {
    const { bloc, alliance, sme, young, women } = await seed000();
    const left = await buildUnit(app.db, { name: 'Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng' });
    await addMember(app.db, bloc, left, 2020, 2022);
    await setRole(app.db, bloc, 2023, 'HEAD', sme);
    await setRole(app.db, bloc, 2023, 'DEPUTY', women);
    await setRole(app.db, bloc, 2022, 'HEAD', young);
    await setLeader(app.db, bloc, 2023, young);
    await setLeader(app.db, bloc, 2022, alliance);
    const Q = `query($id: ID!) { bloc(id: $id) { y2023: members(year: 2023) { year unit { name } roles isLeading membership { fromYear } }
      y2022: members(year: 2022) { unit { name } roles isLeading } } }`;
    const { bloc: read } = ok(await app.gql(Q, { id: gid(bloc) }));
    expect(read.y2023).toEqual([
      { year: 2023, unit: { name: 'Hiệp hội Doanh nghiệp nhỏ và vừa' }, roles: ['HEAD', 'MEMBER'], isLeading: false, membership: { fromYear: 2022 } },
      { year: 2023, unit: { name: 'Hội Doanh nhân trẻ Hải Phòng' }, roles: ['MEMBER'], isLeading: true, membership: { fromYear: 2022 } },
      { year: 2023, unit: { name: 'Hội Nữ Doanh nhân Hải Phòng' }, roles: ['DEPUTY', 'MEMBER'], isLeading: false, membership: { fromYear: 2022 } },
      { year: 2023, unit: { name: 'Liên minh Hợp tác xã thành phố' }, roles: ['MEMBER'], isLeading: false, membership: { fromYear: 2022 } },
    ]);
    expect(read.y2022).toEqual([
      { unit: { name: 'Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng' }, roles: ['MEMBER'], isLeading: false },
      { unit: { name: 'Hiệp hội Doanh nghiệp nhỏ và vừa' }, roles: ['MEMBER'], isLeading: false },
      { unit: { name: 'Hội Doanh nhân trẻ Hải Phòng' }, roles: ['HEAD', 'MEMBER'], isLeading: false },
      { unit: { name: 'Hội Nữ Doanh nhân Hải Phòng' }, roles: ['MEMBER'], isLeading: false },
      { unit: { name: 'Liên minh Hợp tác xã thành phố' }, roles: ['MEMBER'], isLeading: true },
    ]);
  });
});

describe('batching (no N+1)', () => {
  /** A bloc in its own area with `size` members in 2023, a head, a deputy and a leader. */
  async function blocWith(size: number): Promise<{ bloc: Bloc; units: Unit[] }> {
    const bloc = await buildBloc(app.db, { area: `N+1 ${size} ${Date.now()}` });
    const units: Unit[] = [];
    for (let i = 0; i < size; i += 1) {
      const unit = await buildUnit(app.db, { name: `Thành viên ${String(i).padStart(2, '0')}` });
      await addMember(app.db, bloc, unit, 2020);
      units.push(unit);
    }
    await setRole(app.db, bloc, 2023, 'HEAD', units[0]!);
    await setRole(app.db, bloc, 2023, 'DEPUTY', units[1]!);
    await setLeader(app.db, bloc, 2023, units[2]!);
    return { bloc, units };
  }

  const STATEMENT_BOUND = 10;
  const Q = `query($area: String) { blocs(filter: { area: { eq: $area } }) { nodes {
    members(year: 2023) { unit { name } roles isLeading }
    memberships { unit { name } } head(year: 2023) { name } leader(year: 2023) { unit { name } } yearRoles { unit { name } } } } }`;

  it('uses as many SQL statements for a bloc of 30 members as for one of 3', async () => {
    const small = await blocWith(3);
    const large = await blocWith(30);
    const few = await app.gql(Q, { area: small.bloc.area });
    const many = await app.gql(Q, { area: large.bloc.area });
    expect(ok(few).blocs.nodes[0].members).toHaveLength(3);
    expect(ok(many).blocs.nodes[0].members).toHaveLength(30);
    expect(ok(many).blocs.nodes[0].members.filter((m: any) => m.isLeading)).toHaveLength(1);
    expect(few.extensions?.sqlStatements).toBeGreaterThan(0);
    // Units are loaded by four sibling chains (members, memberships, head, leader, year roles);
    // whether two chains share one batch depends on timing, so the bound is one statement per
    // relation in the request (1 list + 4 relations + 5 unit lookups), whatever the row count.
    expect(few.extensions?.sqlStatements).toBeLessThanOrEqual(STATEMENT_BOUND);
    expect(many.extensions?.sqlStatements).toBeLessThanOrEqual(STATEMENT_BOUND);
  });

  it('uses as many SQL statements for 4 blocs as for 1', async () => {
    const area = `Nhiều khối ${Date.now()}`;
    const one = `${area} một`;
    const single = await blocWith(3);
    await app.db.query('UPDATE bloc SET area = $1 WHERE id = $2', [one, single.bloc.id]);
    for (let i = 0; i < 4; i += 1) {
      const { bloc } = await blocWith(3 + i);
      await app.db.query('UPDATE bloc SET area = $1 WHERE id = $2', [area, bloc.id]);
    }
    const few = await app.gql(Q, { area: one });
    const many = await app.gql(Q, { area });
    expect(ok(many).blocs.nodes).toHaveLength(4);
    expect(few.extensions?.sqlStatements).toBeLessThanOrEqual(STATEMENT_BOUND);
    expect(many.extensions?.sqlStatements).toBeLessThanOrEqual(STATEMENT_BOUND);
  });
});
