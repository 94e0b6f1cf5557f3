import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@thidua/shared';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { personAt } from '../../test-support/authorization.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildApiToken } from '../api-token/api-token.builders.js';
import { buildAwardType } from '../award-type/award-type.builders.js';
import { buildDecision } from '../decision/decision.builders.js';
import { buildComment, buildMentionable } from './comment.builders.js';
import { Comment } from './comment.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const FIELDS = 'id body recordId recordType version canEdit canDelete author { kind displayName username } mentions { username displayName }';
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { ${FIELDS} } userErrors { field code message } } }`;
const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { comment { ${FIELDS} } userErrors { field code message } } }`;
const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { deletedId userErrors { field code } } }`;
const LIST = `query($recordId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  comments(recordId: $recordId, first: $first, after: $after, last: $last, before: $before) { nodes { ${FIELDS} } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

const add = async (gql: Gql, recordId: string, body: string) => ok(await gql(ADD, { input: { recordId, body } })).addComment;
const edit = async (gql: Gql, id: string, body: string, expectedVersion: number) => ok(await gql(EDIT, { input: { id, body, expectedVersion } })).editComment;
const list = async (gql: Gql, recordId: string, page: object = {}) => ok(await gql(LIST, { recordId, ...page })).comments;
const count = () => app.db.manager.count(Comment);
const eventsOf = async (id: string) =>
  (await app.db.query(`SELECT action, changes FROM change_event WHERE entity_type = 'Comment' AND entity_id = $1 ORDER BY seq`, [decode(id)])) as {
    action: string;
    changes: Record<string, { before: unknown; after: unknown }>;
  }[];
const decode = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

describe('comments', () => {
  it('are written by any reader of the record, edited by their author only, deleted by the author or an administrator', async () => {
    const unit = gid(await buildUnit(app.db));
    const author = await app.loginAs('UNIT_OFFICER', { unitId: decode(unit) });
    const other = await app.loginAs('BOARD_OFFICER');

    const added = await add(author.gql, unit, '  Đề nghị bổ sung hồ sơ thi đua năm 2024.  ');
    expect(added.userErrors).toEqual([]);
    expect(added.comment).toEqual({
      id: expect.any(String),
      body: 'Đề nghị bổ sung hồ sơ thi đua năm 2024.',
      recordId: unit,
      recordType: 'Unit',
      version: 1,
      canEdit: true,
      canDelete: true,
      author: { kind: 'USER', displayName: author.user.displayName, username: author.user.username },
      mentions: [],
    });
    const id = added.comment.id;
    expect((await list(other.gql, unit)).nodes).toEqual([{ ...added.comment, canEdit: false, canDelete: false }]);
    expect((await list(app.gql, unit)).nodes[0]).toMatchObject({ canEdit: false, canDelete: true });

    // Someone else may neither edit nor delete it (an administrator may delete, not edit).
    expect((await other.gql(EDIT, { input: { id, body: 'Sửa hộ', expectedVersion: 1 } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(EDIT, { input: { id, body: 'Sửa hộ', expectedVersion: 1 } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await other.gql(DELETE, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const edited = await edit(author.gql, id, 'Đề nghị bổ sung hồ sơ trước 30/6.', 1);
    expect(edited).toMatchObject({ comment: { body: 'Đề nghị bổ sung hồ sơ trước 30/6.', version: 2 }, userErrors: [] });
    // An edit from the version before is refused, and changes nothing.
    expect(await edit(author.gql, id, 'Bản cũ', 1)).toEqual({
      comment: null,
      userErrors: [{ field: ['expectedVersion'], code: 'CONFLICT', message: expect.any(String) }],
    });
    expect((await list(author.gql, unit)).nodes[0]).toMatchObject({ body: 'Đề nghị bổ sung hồ sơ trước 30/6.', version: 2 });

    expect(ok(await app.gql(DELETE, { id })).deleteComment).toEqual({ deletedId: id, userErrors: [] });
    expect((await list(author.gql, unit)).nodes).toEqual([]);
    expect((await eventsOf(id)).map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);

    const own = await add(author.gql, unit, 'Tự xóa');
    expect(ok(await author.gql(DELETE, { id: own.comment.id })).deleteComment.userErrors).toEqual([]);
    expect(ok(await author.gql(DELETE, { id: own.comment.id })).deleteComment.userErrors).toEqual([{ field: ['id'], code: 'NOT_FOUND' }]);
  });

  it('lists a record’s comments oldest first, page by page either way', async () => {
    const decision = gid(await buildDecision(app.db));
    for (const n of [1, 2, 3]) expect((await add(app.gql, decision, `Ý kiến ${n}`)).userErrors).toEqual([]);
    const first = await list(app.gql, decision, { first: 2 });
    expect(first.nodes.map((c: { body: string }) => c.body)).toEqual(['Ý kiến 1', 'Ý kiến 2']);
    expect((await list(app.gql, decision, { first: 2, after: first.pageInfo.endCursor })).nodes.map((c: { body: string }) => c.body)).toEqual(['Ý kiến 3']);
    const newest = await list(app.gql, decision, { last: 2 });
    expect(newest.nodes.map((c: { body: string }) => c.body)).toEqual(['Ý kiến 2', 'Ý kiến 3']);
    expect(newest.pageInfo.hasPreviousPage).toBe(true);
    expect((await list(app.gql, decision, { last: 2, before: newest.pageInfo.startCursor })).nodes.map((c: { body: string }) => c.body)).toEqual(['Ý kiến 1']);
  });

  it('resolves @mentions to active users: any case, each once; unknown handles and locked accounts stay text', async () => {
    const an = await buildMentionable(app.db, 'an', 'Nguyễn Văn An');
    const binh = await buildMentionable(app.db, 'binh', 'Trần Thị Bình');
    const locked = await buildMentionable(app.db, 'cu', 'Lê Văn Cũ', false);
    const unit = gid(await buildUnit(app.db));
    const body = `@${an.username.toUpperCase()} xem giúp, cả @${an.username} nữa; @khong_ai_ca, @${locked.username} và thư an@${binh.username}.vn`;
    const added = await add(app.gql, unit, body);
    expect(added.comment.body).toBe(body);
    expect(added.comment.mentions).toEqual([{ username: an.username, displayName: 'Nguyễn Văn An' }]);
    const [created] = await eventsOf(added.comment.id);
    expect(created!.changes.mentionIds).toEqual({ before: null, after: [an.id] });

    const edited = await edit(app.gql, added.comment.id, `@${binh.username} và @${an.username}.`, 1);
    expect(edited.comment.mentions.map((m: { username: string }) => m.username)).toEqual([an.username, binh.username]);
    const [, updated] = await eventsOf(added.comment.id);
    expect(updated!.changes.mentionIds).toEqual({ before: [an.id], after: [an.id, binh.id].sort() });
  });

  it('refuses an empty or too long body, or a record that does not exist, and writes nothing', async () => {
    const unit = gid(await buildUnit(app.db));
    const before = await count();
    expect((await add(app.gql, unit, ' \n ')).userErrors).toEqual([expect.objectContaining({ field: ['body'], code: 'REQUIRED' })]);
    expect((await add(app.gql, unit, 'ạ'.repeat(LIMITS.commentBodyMax + 1))).userErrors).toEqual([
      { field: ['body'], code: 'TOO_LONG', message: `Tối đa ${LIMITS.commentBodyMax} ký tự.` },
    ]);
    expect((await add(app.gql, gid(await buildAwardType(app.db)), 'Loại bản ghi không bình luận được')).userErrors).toEqual([
      expect.objectContaining({ field: ['recordId'], code: 'NOT_FOUND' }),
    ]);
    expect((await add(app.gql, 'khong-phai-ma', 'Mã sai')).userErrors).toEqual([expect.objectContaining({ field: ['recordId'], code: 'NOT_FOUND' })]);
    expect(await count()).toBe(before);

    const longest = await add(app.gql, unit, ` ${'ạ'.repeat(LIMITS.commentBodyMax)} `);
    expect(longest.userErrors).toEqual([]);
    expect(await edit(app.gql, longest.comment.id, '   ', 1)).toMatchObject({ comment: null, userErrors: [{ field: ['body'], code: 'REQUIRED' }] });
    expect((await list(app.gql, unit)).nodes[0].version).toBe(1);
  });

  it('are as private as their record: a unit officer neither reads nor writes comments on people of other units', async () => {
    const [unitA, unitB] = [await buildUnit(app.db), await buildUnit(app.db)];
    const [inside, outside] = [gid(await personAt(app.db, unitA)), gid(await personAt(app.db, unitB))];
    const officer = await app.loginAs('UNIT_OFFICER', { unitId: unitA.id });
    const hidden = await add(app.gql, outside, 'Hồ sơ cá nhân đơn vị B');

    const before = await count();
    expect((await add(officer.gql, outside, 'Thử')).userErrors).toEqual([expect.objectContaining({ field: ['recordId'], code: 'NOT_FOUND' })]);
    expect(await count()).toBe(before);
    expect((await officer.gql(LIST, { recordId: outside })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ok(await officer.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: hidden.comment.id })).node).toBeNull();
    expect(ok(await officer.gql(DELETE, { id: hidden.comment.id })).deleteComment.userErrors).toEqual([{ field: ['id'], code: 'NOT_FOUND' }]);
    const feed = ok(await officer.gql(`{ changes(since: "0", filter: { entityTypes: ["Comment"] }, first: 500) { events { entityId } } }`)).changes.events;
    expect(feed.map((e: { entityId: string }) => e.entityId)).not.toContain(decode(hidden.comment.id));

    expect((await add(officer.gql, inside, 'Hồ sơ cá nhân đơn vị A')).userErrors).toEqual([]);
    expect((await list(officer.gql, inside)).nodes).toHaveLength(1);
  });

  it('go with their record when it is deleted, each deletion in the event log', async () => {
    const decision = await buildDecision(app.db);
    const ids = [(await add(app.gql, gid(decision), 'Một')).comment.id, (await add(app.gql, gid(decision), 'Hai')).comment.id];
    expect(
      ok(await app.gql(`mutation($id: ID!) { deleteDecision(id: $id) { userErrors { code } } }`, { id: gid(decision) })).deleteDecision.userErrors,
    ).toEqual([]);
    expect(await app.db.manager.countBy(Comment, { decisionId: decision.id })).toBe(0);
    for (const id of ids) expect((await eventsOf(id)).map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
  });

  it('may be written by a partner’s API token with WRITE, named as the token; a READ token only reads them', async () => {
    const reader = app.client({ authorization: `Bearer ${(await buildApiToken(app.db, { scopes: ['READ'] })).bearer}` });
    const unit = gid(await buildUnit(app.db));
    const refused = await reader(ADD, { input: { recordId: unit, body: 'Chỉ đọc' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { token, bearer } = await buildApiToken(app.db, { scopes: ['READ', 'WRITE'] });
    const partner = app.client({ authorization: `Bearer ${bearer}` });
    const added = await add(partner, gid(await buildUnit(app.db)), 'Đồng bộ từ phần mềm đối tác');
    expect(added.comment).toMatchObject({ canEdit: true, author: { kind: 'TOKEN', username: null, displayName: expect.stringContaining(token.name) } });
    expect((await edit(partner, added.comment.id, 'Đã cập nhật', 1)).userErrors).toEqual([]);
  });
});

describe('mentionable users', () => {
  const MENTIONABLE = `query($search: String, $first: Int) { mentionableUsers(search: $search, first: $first) { username displayName } }`;

  it('finds active officers by username or name without diacritics, and shows nothing else of them', async () => {
    const found = await buildMentionable(app.db, 'hoa_tim', 'Phạm Thị Hoà Tím');
    await buildMentionable(app.db, 'hoa_khoa', 'Phạm Thị Hoà Khóa', false);
    const officer = await app.loginAs('UNIT_OFFICER', { unitId: (await buildUnit(app.db)).id });
    expect(ok(await officer.gql(MENTIONABLE, { search: 'hoa tim' })).mentionableUsers).toEqual([{ username: found.username, displayName: 'Phạm Thị Hoà Tím' }]);
    expect(ok(await officer.gql(MENTIONABLE, { search: 'PHẠM THỊ HOÀ' })).mentionableUsers).toEqual([
      { username: found.username, displayName: 'Phạm Thị Hoà Tím' },
    ]);
    expect(ok(await officer.gql(MENTIONABLE, { first: 1 })).mentionableUsers).toHaveLength(1);
    expect((await officer.gql(`{ mentionableUsers { role } }`)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await officer.gql(MENTIONABLE, { first: LIMITS.mentionableUsersMax + 1 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const partner = app.client({ authorization: `Bearer ${(await buildApiToken(app.db)).bearer}` });
    expect((await partner(MENTIONABLE, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.client({})(MENTIONABLE, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('comment builder', () => {
  it('arranges a comment with mentions as the API would store it', async () => {
    const unit = await buildUnit(app.db);
    const author = await buildMentionable(app.db, 'tac_gia', 'Tác Giả');
    const mentioned = await buildMentionable(app.db, 'duoc_nhac', 'Được Nhắc');
    const comment = await buildComment(app.db, unit, author, `@${mentioned.username}`, [mentioned]);
    const [listed] = (await list(app.gql, gid(unit))).nodes;
    expect(listed).toMatchObject({ id: gid(comment), author: { username: author.username }, mentions: [{ username: mentioned.username }] });
  });
});
