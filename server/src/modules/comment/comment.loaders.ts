import type { Loaders } from '../../core/graphql/loaders.js';
import type { UserCard } from './comment.types.js';

/**
 * Authors and mentioned users of the comments in one request, one statement each. They read
 * accounts past the User scope on purpose, and give out only a username and a name (UserCard).
 */
export function userCards(loaders: Loaders) {
  return loaders.get<string, UserCard | null>('Comment.userCard', async (ids) => {
    const rows: { id: string; username: string; displayName: string }[] = await loaders.db.query(
      `SELECT id, username, display_name AS "displayName" FROM app_user WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
    const byId = new Map(rows.map(({ id, username, displayName }) => [id, { username, displayName }]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function mentionCards(loaders: Loaders) {
  return loaders.group<string, UserCard & { commentId: string }>(
    'Comment.mentions',
    (commentIds) =>
      loaders.db.query(
        `SELECT m.comment_id AS "commentId", u.username, u.display_name AS "displayName"
           FROM comment_mention m JOIN app_user u ON u.id = m.user_id
          WHERE m.comment_id = ANY($1::uuid[])
          ORDER BY u.display_name, u.username`,
        [commentIds],
      ),
    (row) => row.commentId,
  );
}
