import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildEvent } from './event.builders.js';
import { Event } from './event.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id kind title heldOn venue attendees version hostUnit { name } } userErrors { field code message } } }`;
const names = (connection: { nodes: { title: string }[] }) => connection.nodes.map((n) => n.title);

describe('events', () => {
  it('creates, reads, updates and deletes an event', async () => {
    const host = await buildUnit(app.db, { name: 'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố Hải Phòng' });
    const input = {
      kind: 'COVENANT_SIGNING',
      title: 'Hội nghị ký kết giao ước thi đua năm 2023',
      heldOn: '2023-03-01',
      venue: 'Hải Phòng',
      hostUnitId: gid(host),
      attendees: 'Phó Trưởng Ban Thi đua – Khen thưởng thành phố',
    };
    const created = ok(await app.gql(CREATE, { input })).createEvent;
    expect(created.userErrors).toEqual([]);
    const { hostUnitId: _, ...fields } = input;
    expect(created.event).toMatchObject({ ...fields, version: 1, hostUnit: { name: host.name } });

    const read = ok(await app.gql(`query($id: ID!) { event(id: $id) { title } node(id: $id) { __typename } }`, { id: created.event.id }));
    expect(read).toEqual({ event: { title: input.title }, node: { __typename: 'Event' } });
    const hosted = ok(await app.gql(`query($id: ID!) { unit(id: $id) { hostedEvents { title } } }`, { id: gid(host) }));
    expect(hosted.unit.hostedEvents).toEqual([{ title: input.title }]);

    const updated = ok(
      await app.gql(`mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { venue hostUnit { name } version } userErrors { code } } }`, {
        input: { id: created.event.id, venue: 'Trụ sở Hiệp hội', hostUnitId: null },
      }),
    ).updateEvent;
    expect(updated).toEqual({ event: { venue: 'Trụ sở Hiệp hội', hostUnit: null, version: 2 }, userErrors: [] });

    const deleted = ok(await app.gql(`mutation($id: ID!) { deleteEvent(id: $id) { deletedId userErrors { code } } }`, { id: created.event.id })).deleteEvent;
    expect(deleted).toEqual({ deletedId: created.event.id, userErrors: [] });
    expect(await app.db.manager.countBy(Event, { title: input.title })).toBe(0);
  });

  it('answers bad input with codes and writes nothing', async () => {
    const before = await app.db.manager.count(Event);
    const empty = ok(await app.gql(CREATE, { input: { kind: 'REVIEW', title: ' ', heldOn: '2023-01-01' } })).createEvent;
    expect(empty).toEqual({ event: null, userErrors: [{ field: ['title'], code: 'REQUIRED', message: 'Trường này là bắt buộc.' }] });
    const blank = ok(await app.gql(CREATE, { input: { kind: 'REVIEW', title: '', heldOn: '2023-01-01', hostUnitId: 'nope' } })).createEvent;
    expect(blank.userErrors).toEqual([expect.objectContaining({ field: ['title'], code: 'REQUIRED' })]);
    const host = ok(await app.gql(CREATE, { input: { kind: 'REVIEW', title: 'Tổng kết', heldOn: '2023-01-01', hostUnitId: 'nope' } })).createEvent;
    expect(host.userErrors).toEqual([expect.objectContaining({ field: ['hostUnitId'], code: 'NOT_FOUND' })]);
    const date = await app.gql(CREATE, { input: { kind: 'REVIEW', title: 'Tổng kết', heldOn: '2023-02-30' } });
    expect(date.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.db.manager.count(Event)).toBe(before);
  });

  it('filters by kind, date, host and title; sorts and pages', async () => {
    const host = await buildUnit(app.db);
    const tag = `Lọc ${Date.now()}`;
    await buildEvent(app.db, { title: `${tag} B ký kết`, kind: 'COVENANT_SIGNING', heldOn: '2023-03-01', hostUnitId: host.id });
    await buildEvent(app.db, { title: `${tag} A tổng kết`, kind: 'REVIEW', heldOn: '2022-12-20', hostUnitId: host.id });
    await buildEvent(app.db, { title: `${tag} C phát động`, kind: 'MOVEMENT_LAUNCH', heldOn: '2021-04-02' });
    const q = async (filter: object, extra: Record<string, unknown> = {}) =>
      ok(
        await app.gql(
          `query($filter: EventFilter, $orderBy: [EventOrder!], $first: Int, $after: String) { events(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount nodes { title } pageInfo { hasNextPage endCursor } } }`,
          {
            filter: { and: [{ title: { contains: tag } }, filter] },
            ...extra,
          },
        ),
      ).events;
    expect(names(await q({}))).toEqual([`${tag} B ký kết`, `${tag} A tổng kết`, `${tag} C phát động`]);
    expect(names(await q({ kind: { eq: 'REVIEW' } }))).toEqual([`${tag} A tổng kết`]);
    expect(names(await q({ heldOn: { gte: '2022-01-01', lt: '2023-01-01' } }))).toEqual([`${tag} A tổng kết`]);
    expect(names(await q({ hostUnitId: { eq: gid(host) } }, { orderBy: [{ field: 'TITLE', direction: 'ASC' }] }))).toEqual([
      `${tag} A tổng kết`,
      `${tag} B ký kết`,
    ]);
    expect(names(await q({ hostUnitId: { isNull: true } }))).toEqual([`${tag} C phát động`]);
    const page1 = await q({}, { first: 2, orderBy: [{ field: 'HELD_ON', direction: 'ASC' }] });
    expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = await q({}, { first: 2, after: page1.pageInfo.endCursor, orderBy: [{ field: 'HELD_ON', direction: 'ASC' }] });
    expect([...names(page1), ...names(page2)]).toEqual([`${tag} C phát động`, `${tag} A tổng kết`, `${tag} B ký kết`]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });
});
