import { In, type DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { ForbiddenError, requireRead } from '../../core/auth/policy.js';
import { rowScope } from '../../core/auth/scope.js';
import { NotFoundError } from '../../core/errors.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import type { LiveBus } from '../../core/live/bus.js';
import { checkSince, followChanges } from '../../core/live/follow.js';
import type { PushStream } from '../../core/live/stream.js';
import { ChangeEvent } from '../history/entities.js';
import { Comment } from './comment.entity.js';
import { eventNames, exists, isVisible, recordRefOf, type RecordRef } from './comment.records.js';
import type { CommentEvent } from './comment.types.js';

const isComment = (event: ChangeEvent) => event.entityType === 'Comment';

/** The user ids an event's `mentionIds` held on one side (none when the mentions did not change). */
const mentionIds = (event: ChangeEvent, side: 'before' | 'after') => (event.changes.mentionIds?.[side] as string[] | null | undefined) ?? [];

/** A CREATE or UPDATE that adds `userId` to a comment's mentions. */
const newlyMentions = (event: ChangeEvent, userId: string) =>
  isComment(event) && event.action !== 'DELETE' && mentionIds(event, 'after').includes(userId) && !mentionIds(event, 'before').includes(userId);

/**
 * Comments as they happen, built on the committed event log (core/live/bus.ts), so a comment
 * posted through any server instance reaches subscribers on every one:
 * - `ofRecord`: every comment of one record created, edited or deleted, while the caller may see the record;
 * - `mentionsOf`: the comments that newly mention the caller, as far as the caller may see them.
 * With `since` (a seq, e.g. `latestChangeSeq` read with the page), what committed after it comes
 * first, so nothing between reading the page and subscribing is lost. Each published batch's
 * comments are read once, for all subscribers (`rowsOf`).
 */
export class CommentLiveService {
  private readonly rowsCache = new WeakMap<ChangeEvent[], Promise<Map<string, Comment>>>();

  constructor(private readonly db: DataSource) {}

  /** NOT_FOUND when the record is missing or out of scope. Listens before checking, so nothing committed meanwhile is lost. */
  async ofRecord(actor: Actor, live: LiveBus, recordId: string, since?: string | null): Promise<AsyncIterableIterator<CommentEvent>> {
    requireRead(actor);
    checkSince(since);
    const record = recordRefOf(recordId);
    if (!record) throw new NotFoundError('bản ghi');
    const column = this.db.getMetadata(Comment).findColumnWithPropertyName(record.field)!.databaseName;
    const stream = followChanges<CommentEvent>(this.db, live, since, {
      catchUp: (qb) =>
        qb.andWhere(
          `e.entity_type = 'Comment' AND (e.changes->'${record.field}'->>'after' = :record OR e.changes->'${record.field}'->>'before' = :record OR e.entity_id IN (SELECT c.id FROM comment c WHERE c.${column} = CAST(:record AS uuid)))`,
          { record: record.id },
        ),
      deliver: (batch, out) => this.deliverRecord(actor, record, batch, out),
    });
    if (!(await isVisible(this.db.manager, actor, record))) {
      await stream.return();
      throw new NotFoundError('bản ghi');
    }
    return stream;
  }

  /** Signed-in officers only: a token is never mentioned. */
  mentionsOf(actor: Actor, live: LiveBus, since?: string | null): AsyncIterableIterator<Comment> {
    requireRead(actor);
    checkSince(since);
    const me = actor.id;
    if (actor.kind !== 'USER' || !me) throw new ForbiddenError();
    return followChanges<Comment>(this.db, live, since, {
      catchUp: (qb) =>
        qb.andWhere(`e.entity_type = 'Comment' AND e.action <> 'DELETE' AND e.changes->'mentionIds'->'after' @> CAST(:me AS jsonb)`, {
          me: JSON.stringify([me]),
        }),
      deliver: (batch, out) => this.deliverMentions(actor, batch, out),
    });
  }

  private async deliverRecord(actor: Actor, record: RecordRef, batch: ChangeEvent[], stream: PushStream<CommentEvent>): Promise<void> {
    if (!batch.some(isComment)) return;
    const rows = await this.rowsOf(batch);
    const ours = batch.filter((event) => {
      if (!isComment(event)) return false;
      if (event.action === 'CREATE') return eventNames(event.changes, 'after', record);
      if (event.action === 'DELETE') return eventNames(event.changes, 'before', record);
      const row = rows.get(event.entityId);
      return row !== undefined && row[record.field] === record.id;
    });
    if (!ours.length) return;
    const visible = await isVisible(this.db.manager, actor, record);
    // Deletions still reach those who saw the record when it is gone (its comments went with it).
    const gone = !visible && ours.some((e) => e.action === 'DELETE') && !(await exists(this.db.manager, record));
    for (const event of ours) {
      const commentId = toGlobalId('Comment', event.entityId);
      if (event.action === 'DELETE') {
        if (visible || gone) stream.push({ action: 'DELETE', commentId, comment: null });
        continue;
      }
      const comment = rows.get(event.entityId);
      // No row: deleted since, and a later event says so.
      if (visible && comment) stream.push({ action: event.action, commentId, comment });
    }
  }

  private async deliverMentions(actor: Actor, batch: ChangeEvent[], stream: PushStream<Comment>): Promise<void> {
    const ids = new Set(batch.filter((event) => newlyMentions(event, actor.id!)).map((event) => event.entityId));
    if (!ids.size) return;
    const rows = await this.rowsOf(batch);
    const candidates = [...ids].map((id) => rows.get(id)).filter((c): c is Comment => c !== undefined && c.authorUserId !== actor.id);
    if (!candidates.length) return;
    const visible = await this.visibleIds(actor, candidates);
    for (const comment of candidates) if (visible.has(comment.id)) stream.push(comment);
  }

  /** The comments of a batch (not deleted ones) as they are now, with author and mentions, read once per batch. */
  private rowsOf(batch: ChangeEvent[]): Promise<Map<string, Comment>> {
    let rows = this.rowsCache.get(batch);
    if (!rows) {
      const ids = [...new Set(batch.filter((e) => isComment(e) && e.action !== 'DELETE').map((e) => e.entityId))];
      const found = ids.length
        ? this.db.getRepository(Comment).find({ where: { id: In(ids) }, relations: { mentions: true, authorUser: true } })
        : Promise.resolve([]);
      rows = found.then((list) => new Map(list.map((comment) => [comment.id, comment])));
      this.rowsCache.set(batch, rows);
    }
    return rows;
  }

  /** Which of these comments the actor may see: those of records in their scope. */
  private async visibleIds(actor: Actor, comments: Comment[]): Promise<Set<string>> {
    const ids = comments.map((comment) => comment.id);
    const scope = rowScope(actor, 'Comment', 'c');
    if (!scope) return new Set(ids);
    const rows = await this.db
      .getRepository(Comment)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.id IN (:...visibleIds)', { visibleIds: ids })
      .andWhere(scope.sql, scope.params)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }
}
