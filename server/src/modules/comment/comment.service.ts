import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { ForbiddenError, requireRead } from '../../core/auth/policy.js';
import { loadVisibleTarget } from '../../core/auth/scope.js';
import { replaceLinks } from '../../core/changes/links.js';
import { removeRecords } from '../../core/changes/remove.js';
import { write } from '../../core/db/write.js';
import { NotFoundError, Problems } from '../../core/errors.js';
import { paginate, type ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { Comment } from './comment.entity.js';
import type { AddCommentInput, CommentsArgs, EditCommentInput, MentionableUsersArgs } from './comment.inputs.js';
import { findMentionable, mentionedUsers } from './comment.mentions.js';
import { isVisible, recordColumns, recordRefOf, type RecordRef } from './comment.records.js';
import { authorOf, cleanBody, isAuthor, mayDelete } from './comment.rules.js';
import type { UserCard } from './comment.types.js';
import { loadForUpdate } from '../../core/db/versions.js';

/** A record's comments, oldest first (keyset on creation time, then id). */
const commentList: ListSpec<Comment> = {
  alias: 'c',
  fields: {},
  orders: { CREATED_AT: { expr: 'c.createdAt', value: (c) => c.createdAt } },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.ASC }],
};

const MENTIONS = { entity: Comment, relation: 'mentions' };
const MENTIONABLE_DEFAULT = 10;

/**
 * A partner's token writes comments only with the WRITE scope (a READ token reads them); every
 * signed-in officer who may read a record, analysts included, may discuss it.
 */
function requireCommenter(actor: Actor): void {
  requireRead(actor);
  if (actor.kind === 'TOKEN' && !actor.scopes.includes('WRITE')) throw new ForbiddenError();
}

/**
 * Comments on records. Anyone who may read a record may read its comments and (see `requireCommenter`) write them; a record
 * that is missing or out of the caller's scope is NOT_FOUND, and nothing is written. Mentions are
 * worked out from the body at every write.
 */
export class CommentService {
  constructor(private readonly db: DataSource) {}

  async list(actor: Actor, args: CommentsArgs) {
    requireRead(actor);
    const record = recordRefOf(args.recordId);
    if (!record || !(await isVisible(this.db.manager, actor, record))) throw new NotFoundError('bản ghi');
    const qb = this.db.getRepository(Comment).createQueryBuilder('c').where(`c.${record.field} = :recordId`, { recordId: record.id });
    return paginate(qb, commentList, args);
  }

  add(actor: Actor, input: AddCommentInput): Promise<Comment> {
    requireCommenter(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const record = recordRefOf(input.recordId);
      if (!record || !(await isVisible(em, actor, record))) problems.add('recordId', 'NOT_FOUND', 'Không tìm thấy bản ghi với mã này.');
      const body = cleanBody(input.body, problems);
      problems.throwIfAny();
      const mentions = await mentionedUsers(em, body);
      return em.save(em.create(Comment, { ...recordColumns(record as RecordRef), ...authorOf(actor), body, mentions }));
    });
  }

  /** Its author only; an edit from an older version of the text is a conflict (core/db/versions.ts). */
  edit(actor: Actor, input: EditCommentInput): Promise<Comment> {
    requireCommenter(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const comment = await loadForUpdate(em, Comment, input, problems, {
        viewer: actor,
        authorize: (found) => {
          if (!isAuthor(actor, found)) throw new ForbiddenError();
        },
      });
      const body = cleanBody(input.body, problems);
      problems.throwIfAny();
      if (body === comment.body) return comment;
      comment.body = body;
      const saved = await em.save(comment);
      await replaceLinks(
        em,
        MENTIONS,
        comment.id,
        (await mentionedUsers(em, body)).map((user) => user.id),
      );
      return saved;
    });
  }

  /** Its author, or an administrator. */
  delete(actor: Actor, id: string): Promise<string> {
    requireCommenter(actor);
    return write(this.db, async (em) => {
      const comment = await loadVisibleTarget(em, actor, Comment, id, new Problems());
      if (!mayDelete(actor, comment)) throw new ForbiddenError();
      await removeRecords(em, Comment, { id: comment.id });
      return id;
    });
  }

  /** For @mention autocomplete: signed-in officers only (a partner token has no colleagues to mention). */
  mentionable(actor: Actor, args: MentionableUsersArgs): Promise<UserCard[]> {
    requireRead(actor);
    if (actor.kind !== 'USER') throw new ForbiddenError();
    return findMentionable(this.db.manager, args.search ?? '', args.first ?? MENTIONABLE_DEFAULT);
  }
}
