import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { personAt } from '../../test-support/authorization.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { subscribe, wsClient } from '../../test-support/ws.js';
import { buildApiToken } from '../api-token/api-token.builders.js';

const CHANGED = `subscription($recordId: ID!, $since: String) { commentsChanged(recordId: $recordId, since: $since) { action commentId comment { id body version recordId canEdit author { username } mentions { username } } } }`;
const MENTIONS = `subscription($since: String) { mentions(since: $since) { id body recordId recordType author { displayName } } }`;
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } userErrors { code } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('comments live', () => {
  it('reach the readers of the record and the users they mention, on every change, never those who cannot see the record', async () => {
    const [unitA, unitB] = [await buildUnit(app.db), await buildUnit(app.db)];
    const person = gid(await personAt(app.db, unitA));
    const author = await app.loginAs('UNIT_OFFICER', { unitId: unitA.id });
    const reader = await app.loginAs('BOARD_OFFICER');
    const mentioned = await app.loginAs('ANALYST');
    const outsider = await app.loginAs('UNIT_OFFICER', { unitId: unitB.id });
    const clients = [reader, mentioned, outsider, author].map(({ cookie }) => wsClient(app.url, { cookie }));
    const [readerWs, mentionedWs, outsiderWs, authorWs] = clients as [
      ReturnType<typeof wsClient>,
      ReturnType<typeof wsClient>,
      ReturnType<typeof wsClient>,
      ReturnType<typeof wsClient>,
    ];

    // From the seq read now: whatever commits before the server has set the subscriptions up still arrives.
    const since = ok(await app.gql<{ latestChangeSeq: string }>('{ latestChangeSeq }')).latestChangeSeq;
    const changed = subscribe(readerWs, CHANGED, { recordId: person, since });
    const mentions = subscribe(mentionedWs, MENTIONS, { since });
    const outsiderMentions = subscribe(outsiderWs, MENTIONS, { since });
    const ownMentions = subscribe(authorWs, MENTIONS, { since });
    const refused = subscribe(outsiderWs, CHANGED, { recordId: person, since });
    await expect(refused.waitFor(1)).rejects.toThrow(/NOT_FOUND/);

    const body = `@${mentioned.user.username} @${outsider.user.username} @${author.user.username} xin ý kiến hồ sơ này`;
    const added = ok(await author.gql(ADD, { input: { recordId: person, body } })).addComment;
    expect(added.userErrors).toEqual([]);
    const id = added.comment.id;

    const [created] = await changed.waitFor(1);
    expect(created.commentsChanged).toEqual({
      action: 'CREATE',
      commentId: id,
      comment: { id, body, version: 1, recordId: person, canEdit: false, author: { username: author.user.username }, mentions: expect.any(Array) },
    });
    const [mention] = await mentions.waitFor(1);
    expect(mention.mentions).toEqual({ id, body, recordId: person, recordType: 'Person', author: { displayName: author.user.displayName } });

    // Editing and deleting reach the record's readers too.
    const edit = `mutation($input: EditCommentInput!) { editComment(input: $input) { userErrors { code } } }`;
    expect(ok(await author.gql(edit, { input: { id, body: 'Đã bổ sung hồ sơ', expectedVersion: 1 } })).editComment.userErrors).toEqual([]);
    expect(ok(await author.gql(`mutation($id: ID!) { deleteComment(id: $id) { userErrors { code } } }`, { id })).deleteComment.userErrors).toEqual([]);
    const events = await changed.waitFor(3);
    expect(events.map((e) => [e.commentsChanged.action, e.commentsChanged.commentId, e.commentsChanged.comment?.body ?? null])).toEqual([
      ['CREATE', id, body],
      ['UPDATE', id, 'Đã bổ sung hồ sơ'],
      ['DELETE', id, null],
    ]);

    // A later mention the outsider may see arrives; so the one on the hidden person was filtered, not delayed.
    const visible = ok(await author.gql(ADD, { input: { recordId: gid(unitB), body: `@${outsider.user.username} @${author.user.username} đơn vị bạn` } }))
      .addComment.comment.id;
    const [outsiderMention] = await outsiderMentions.waitFor(1);
    expect(outsiderMention.mentions.id).toBe(visible);
    // The author mentioned themselves twice and heard of neither; the mentioned officer heard once.
    const later = ok(await reader.gql(ADD, { input: { recordId: gid(unitA), body: `@${author.user.username} nhận` } })).addComment.comment.id;
    const [own] = await ownMentions.waitFor(1);
    expect(own.mentions.id).toBe(later);
    expect(outsiderMentions.items).toHaveLength(1);
    expect(mentions.items).toHaveLength(1);
    expect(changed.items).toHaveLength(3);

    for (const sub of [changed, mentions, outsiderMentions, ownMentions]) sub.stop();
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('are refused to partner tokens (mentions) and to bad seqs, with stable codes', async () => {
    const partner = wsClient(app.url, { authorization: `Bearer ${(await buildApiToken(app.db)).bearer}` });
    await expect(subscribe(partner, MENTIONS).waitFor(1)).rejects.toThrow(/FORBIDDEN/);
    const officer = wsClient(app.url, { cookie: (await app.loginAs('ANALYST')).cookie });
    await expect(subscribe(officer, MENTIONS, { since: 'hôm qua' }).waitFor(1)).rejects.toThrow(/BAD_USER_INPUT/);
    await expect(subscribe(officer, CHANGED, { recordId: gid(await buildUnit(app.db)), since: '-1' }).waitFor(1)).rejects.toThrow(/BAD_USER_INPUT/);
    await Promise.all([partner.dispose(), officer.dispose()]);
  });
});
