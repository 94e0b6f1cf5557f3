import type { DataSource } from 'typeorm';
import { gid } from '../../test-support/builders.js';
import { User } from '../user/entities.js';
import { Comment } from './comment.entity.js';
import { recordColumns, recordRefOf } from './comment.records.js';

/** Test builder: a comment by `author` on a record (any commentable row), saved directly in the database. */
export function buildComment(
  db: DataSource,
  record: { id: string; constructor: { name: string } },
  author: User,
  body = 'Bình luận thử',
  mentions: User[] = [],
): Promise<Comment> {
  const ref = recordRefOf(gid(record));
  if (!ref) throw new Error(`${record.constructor.name} takes no comments.`);
  return db.manager.save(
    db.manager.create(Comment, {
      ...recordColumns(ref),
      authorKind: 'USER',
      authorUserId: author.id,
      authorTokenId: null,
      authorName: `${author.displayName} (${author.username})`,
      body,
      mentions,
    }),
  );
}

let seq = 0;

/** Test builder: an account to mention (not signed in). */
export function buildMentionable(db: DataSource, username: string, displayName: string, active = true): Promise<User> {
  seq += 1;
  return db.manager.save(
    db.manager.create(User, {
      username: `${username}_${seq}_${process.pid}`.toLowerCase(),
      displayName,
      role: 'ANALYST',
      passwordHash: 'scrypt$unusable',
      active,
    }),
  );
}
