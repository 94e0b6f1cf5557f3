import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildEvent } from '../event/event.builders.js';
import { buildMovement } from '../movement/movement.builders.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { buildBloc, buildCovenant, buildCriterion, buildMembership, buildSignature } from './covenant.builders.js';
import { Covenant } from './covenant.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const FIELDS = `id year title content status version bloc { name } movements { name } signingEvent { title }`;
const CREATE = `mutation($input: CreateCovenantInput!) { createCovenant(input: $input) { covenant { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateCovenantInput!) { updateCovenant(input: $input) { covenant { ${FIELDS} } userErrors { field code } } }`;

describe('covenants', () => {
  it('creates, reads, updates and deletes a covenant', async () => {
    const bloc = await buildBloc(app.db, { name: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố' });
    const [digital, rural] = [await buildMovement(app.db, { name: 'Chuyển đổi số' }), await buildMovement(app.db, { name: 'Nông thôn mới' })];
    const input = { blocId: gid(bloc), year: 2023, title: 'Giao ước thi đua năm 2023', content: '5 nhiệm vụ cụ thể', movementIds: [gid(rural), gid(digital)] };
    const created = ok(await app.gql(CREATE, { input })).createCovenant;
    expect(created.userErrors).toEqual([]);
    expect(created.covenant).toMatchObject({
      year: 2023,
      status: 'DRAFT',
      version: 1,
      bloc: { name: bloc.name },
      movements: [{ name: 'Chuyển đổi số' }, { name: 'Nông thôn mới' }],
      signingEvent: null,
    });
    const id = created.covenant.id;

    const event = await buildEvent(app.db, { title: 'Hội nghị ký kết giao ước thi đua năm 2023' });
    const set = ok(
      await app.gql(
        `mutation($input: SetCovenantSigningEventInput!) { setCovenantSigningEvent(input: $input) { covenant { signingEvent { title covenants { year } } } userErrors { code } } }`,
        { input: { covenantId: id, eventId: gid(event) } },
      ),
    ).setCovenantSigningEvent;
    expect(set).toEqual({ covenant: { signingEvent: { title: event.title, covenants: [{ year: 2023 }] } }, userErrors: [] });

    const updated = ok(await app.gql(UPDATE, { input: { id, movementIds: [gid(digital)], content: null } })).updateCovenant;
    expect(updated.userErrors).toEqual([]);
    expect(updated.covenant).toMatchObject({ status: 'DRAFT', content: null, movements: [{ name: 'Chuyển đổi số' }], signingEvent: { title: event.title } });
    expect(updated.covenant.version).toBe(3);
    const relinked = ok(await app.gql(UPDATE, { input: { id, movementIds: [gid(rural)] } })).updateCovenant;
    expect(relinked.covenant).toMatchObject({ movements: [{ name: 'Nông thôn mới' }], version: 4 });
    const same = ok(await app.gql(UPDATE, { input: { id, movementIds: [gid(rural)] } })).updateCovenant;
    expect(same.covenant.version).toBe(4);
    const badStatus = await app.gql(UPDATE, { input: { id, status: 'DONE' } });
    expect(badStatus.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const read = ok(await app.gql(`query($id: ID!) { covenant(id: $id) { title movements { covenants { year } } } node(id: $id) { __typename } }`, { id }));
    expect(read).toEqual({ covenant: { title: input.title, movements: [{ covenants: [{ year: 2023 }] }] }, node: { __typename: 'Covenant' } });

    const covenant = (await app.db.manager.findOneBy(Covenant, { blocId: bloc.id }))!;
    await buildCriterion(app.db, covenant);
    const deleted = ok(await app.gql(`mutation($id: ID!) { deleteCovenant(id: $id) { deletedId userErrors { code } } }`, { id })).deleteCovenant;
    expect(deleted).toEqual({ deletedId: id, userErrors: [] });
    expect(await app.db.manager.countBy(CovenantCriterion, { covenantId: covenant.id })).toBe(0);
  });

  it('refuses a second covenant for the same bloc and year, writing nothing', async () => {
    const bloc = await buildBloc(app.db);
    const movement = await buildMovement(app.db);
    const first = await buildCovenant(app.db, { blocId: bloc.id, year: 2023 });
    const before = await app.db.manager.count(Covenant);
    const dup = ok(await app.gql(CREATE, { input: { blocId: gid(bloc), year: 2023, title: 'Lần hai', movementIds: [gid(movement)] } })).createCovenant;
    expect(dup).toEqual({ covenant: null, userErrors: [{ field: ['year'], code: 'DUPLICATE', message: `Trùng với giao ước "${first.title}" đã có.` }] });
    expect(await app.db.manager.count(Covenant)).toBe(before);

    const other = ok(await app.gql(CREATE, { input: { blocId: gid(bloc), year: 2024, title: 'Năm sau' } })).createCovenant;
    expect(other.userErrors).toEqual([]);
    const moved = ok(await app.gql(UPDATE, { input: { id: other.covenant.id, year: 2023 } })).updateCovenant;
    expect(moved.userErrors).toEqual([{ field: ['year'], code: 'DUPLICATE' }]);
  });

  it('answers bad input with codes', async () => {
    const bloc = await buildBloc(app.db);
    const bad = ok(await app.gql(CREATE, { input: { blocId: gid(bloc), year: 1900, title: ' ', movementIds: ['x'] } })).createCovenant;
    expect(bad.userErrors).toEqual([
      expect.objectContaining({ field: ['year'], code: 'OUT_OF_RANGE' }),
      expect.objectContaining({ field: ['title'], code: 'REQUIRED' }),
    ]);
    const refs = ok(await app.gql(CREATE, { input: { blocId: 'nope', year: 2023, title: 'Giao ước', movementIds: ['x'] } })).createCovenant;
    expect(refs.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['blocId', 'NOT_FOUND'],
      ['movementIds.0', 'NOT_FOUND'],
    ]);
    const signed = await buildCovenant(app.db, { blocId: bloc.id, year: 2022 });
    const unit = await buildUnit(app.db);
    await buildMembership(app.db, bloc, unit.id, 2020);
    await buildSignature(app.db, signed, unit.id);
    const year = ok(await app.gql(UPDATE, { input: { id: gid(signed), year: 2021 } })).updateCovenant;
    expect(year.userErrors).toEqual([{ field: ['year'], code: 'INVALID_STATE' }]);
  });

  it('filters and pages covenants; a bloc lists its covenants by year', async () => {
    const bloc = await buildBloc(app.db);
    for (const year of [2021, 2022, 2023]) await buildCovenant(app.db, { blocId: bloc.id, year, status: year === 2023 ? 'SIGNED' : 'CLOSED' });
    await buildCovenant(app.db, { year: 2022 });
    const Q = `query($filter: CovenantFilter, $first: Int, $after: String, $orderBy: [CovenantOrder!]) {
      covenants(filter: $filter, first: $first, after: $after, orderBy: $orderBy) { totalCount nodes { year } pageInfo { hasNextPage endCursor } } }`;
    const years = (c: { nodes: { year: number }[] }) => c.nodes.map((n) => n.year);
    const mine = { blocId: { eq: gid(bloc) } };
    const page1 = ok(await app.gql(Q, { filter: mine, first: 2 })).covenants;
    expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(years(page1)).toEqual([2023, 2022]);
    const page2 = ok(await app.gql(Q, { filter: mine, first: 2, after: page1.pageInfo.endCursor })).covenants;
    expect(years(page2)).toEqual([2021]);
    expect(years(ok(await app.gql(Q, { filter: { ...mine, status: { eq: 'CLOSED' } }, orderBy: [{ field: 'YEAR', direction: 'ASC' }] })).covenants)).toEqual([
      2021, 2022,
    ]);
    expect(years(ok(await app.gql(Q, { filter: { ...mine, year: { gte: 2022 } } })).covenants)).toEqual([2023, 2022]);
    expect((await app.gql(Q, { filter: { blocId: { eq: 'x' } } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const blocQ = await app.gql(
      `query($id: ID!) { node(id: $id) { ... on Bloc { covenants { year } covenant(year: 2022) { year status } none: covenant(year: 1999) { year } } } }`,
      { id: gid(bloc) },
    );
    expect(ok(blocQ).node).toEqual({ covenants: [{ year: 2023 }, { year: 2022 }, { year: 2021 }], covenant: { year: 2022, status: 'CLOSED' }, none: null });
  });

  it('reads nested criteria, movements and signatures with a constant number of SQL statements', async () => {
    const tag = `N1 ${Date.now()}`;
    const arrange = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        const bloc = await buildBloc(app.db, { area: tag });
        const covenant = await buildCovenant(app.db, { blocId: bloc.id, year: 2023, title: `${tag} ${i}` });
        const movements = [await buildMovement(app.db), await buildMovement(app.db)];
        const parent = await buildCriterion(app.db, covenant, { movementIds: movements.map((m) => m.id) });
        await buildCriterion(app.db, covenant, { parentId: parent.id, movementIds: [movements[0]!.id] });
        for (let u = 0; u < 2; u += 1) {
          const unit = await buildUnit(app.db);
          await buildMembership(app.db, bloc, unit.id, 2020);
          await buildSignature(app.db, covenant, unit.id);
        }
      }
    };
    const Q = `query($first: Int) { covenants(first: $first, filter: { year: { eq: 2023 } }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      nodes { title bloc { name } criteria { number movements { name } children { title } } signatures { unit { name } } unsignedMembers { name } signedCount memberCount } } }`;
    await arrange(2);
    const two = await app.gql(Q, { first: 2 });
    expect(ok(two).covenants.nodes).toHaveLength(2);
    expect(ok(two).covenants.nodes[0]).toMatchObject({ criteria: [{ number: '1' }, { number: '1.1' }], signedCount: 2, memberCount: 2, unsignedMembers: [] });
    await arrange(8);
    const ten = await app.gql(Q, { first: 10 });
    expect(ok(ten).covenants.nodes).toHaveLength(10);
    expect(
      ok(ten).covenants.nodes.every(
        (c: { criteria: { movements: unknown[] }[]; signatures: unknown[] }) => c.criteria[0]!.movements.length === 2 && c.signatures.length === 2,
      ),
    ).toBe(true);
    expect(two.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(ten.extensions?.sqlStatements).toBe(two.extensions?.sqlStatements);
  });
});
