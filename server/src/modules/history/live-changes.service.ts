import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireRead } from '../../core/auth/policy.js';
import { rowScope, type Condition } from '../../core/auth/scope.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import type { LiveBus } from '../../core/live/bus.js';
import { PushStream } from '../../core/live/stream.js';
import { ChangeEvent } from './change-event.entity.js';
import type { LiveChangeFilter } from './live-changes.inputs.js';

export interface ChangeFeed {
  events: ChangeEvent[];
  lastSeq: string;
  hasMore: boolean;
}

/** A filter as plain sets; an ID that decodes to nothing matches nothing. */
function matcher(filter: LiveChangeFilter | null | undefined): (event: ChangeEvent) => boolean {
  const types = filter?.entityTypes?.length ? new Set(filter.entityTypes) : null;
  const ids = filter?.entityIds?.length ? new Set(filter.entityIds.map((id) => fromGlobalId(id)?.id ?? '-')) : null;
  return (event) => (!types || types.has(event.entityType)) && (!ids || ids.has(event.entityId));
}

/**
 * The live side of the event log: what a client missed (`changes(since:)`) and what arrives
 * (`changes` subscription). Events follow the visibility of their record (core/auth/scope.ts),
 * exactly like `history`: one SQL condition per scoped type, checked once per batch and caller.
 */
export class LiveChangeService {
  /** Per published batch, per caller's scope: the seqs it may see. */
  private readonly visibleCache = new WeakMap<ChangeEvent[], Map<string, Promise<Set<string>>>>();

  constructor(private readonly db: DataSource) {}

  async latestSeq(actor: Actor): Promise<string> {
    requireRead(actor);
    const [row] = (await this.db.query('SELECT COALESCE(max(seq), 0)::text AS seq FROM change_event')) as { seq: string }[];
    return row!.seq;
  }

  /** Events after `since`, oldest first, at most `first`. */
  async since(actor: Actor, since: string, first: number, filter?: LiveChangeFilter | null): Promise<ChangeFeed> {
    requireRead(actor);
    const qb = this.db.getRepository(ChangeEvent).createQueryBuilder('e').where('e.seq > :since', { since });
    if (filter?.entityTypes?.length) qb.andWhere('e.entity_type IN (:...liveTypes)', { liveTypes: filter.entityTypes });
    if (filter?.entityIds?.length) qb.andWhere('e.entity_id IN (:...liveIds)', { liveIds: filter.entityIds.map((id) => fromGlobalId(id)?.id ?? '00000000-0000-0000-0000-000000000000') });
    const scope = this.visibility(actor);
    if (scope) qb.andWhere(scope.sql, scope.params);
    const rows = await qb.orderBy('e.seq', 'ASC').limit(first + 1).getMany();
    const events = rows.slice(0, first);
    return { events, hasMore: rows.length > first, lastSeq: events.at(-1)?.id ?? since };
  }

  /**
   * The subscription's stream: catch-up from `since` (if given), then live events, each once and
   * in seq order. It listens before reading the catch-up, so nothing committed in between is lost.
   */
  stream(actor: Actor, live: LiveBus, since: string | null | undefined, filter: LiveChangeFilter | null | undefined): AsyncIterableIterator<ChangeEvent> {
    requireRead(actor);
    const matches = matcher(filter);
    let last = BigInt(since ?? live.seq);
    let pending: ChangeEvent[][] | null = since ? [] : null;
    let chain = Promise.resolve();
    const stream: PushStream<ChangeEvent> = new PushStream(() => unsubscribe());
    const deliver = async (batch: ChangeEvent[]) => {
      const fresh = batch.filter((event) => BigInt(event.id) > last && matches(event));
      if (!fresh.length) return;
      const visible = await this.visibleOf(actor, batch);
      for (const event of fresh) {
        last = BigInt(event.id);
        if (visible.has(event.id)) stream.push(event);
      }
    };
    const unsubscribe = live.onChanges((batch) => {
      if (pending) pending.push(batch);
      else chain = chain.then(() => deliver(batch)).catch((error: Error) => stream.fail(error));
    });
    if (since) {
      chain = (async () => {
        for (;;) {
          const page = await this.since(actor, last.toString(), 500, filter);
          for (const event of page.events) stream.push(event);
          last = BigInt(page.lastSeq);
          if (!page.hasMore) break;
        }
        for (const batch of pending!) await deliver(batch);
        pending = null;
      })().catch((error: Error) => stream.fail(error));
    }
    return stream;
  }

  /** The seqs of `batch` the actor may see; one query per batch and distinct scope, none when no scoped type is in it. */
  private visibleOf(actor: Actor, batch: ChangeEvent[]): Promise<Set<string>> {
    const scope = this.visibility(actor, new Set(batch.map((event) => event.entityType)));
    if (!scope) return Promise.resolve(new Set(batch.map((event) => event.id)));
    let perScope = this.visibleCache.get(batch);
    if (!perScope) this.visibleCache.set(batch, (perScope = new Map()));
    const key = JSON.stringify(scope);
    let visible = perScope.get(key);
    if (!visible) {
      visible = this.db
        .getRepository(ChangeEvent)
        .createQueryBuilder('e')
        .select('e.seq', 'seq')
        .where('e.seq IN (:...batchSeqs)', { batchSeqs: batch.map((event) => event.id) })
        .andWhere(scope.sql, scope.params)
        .getRawMany<{ seq: string }>()
        .then((rows) => new Set(rows.map((row) => String(row.seq))));
      perScope.set(key, visible);
    }
    return visible;
  }

  /** One condition on `change_event e`: its record, if of a scoped type, must be visible (and so exist). */
  private visibility(actor: Actor, types?: Set<string>): Condition | null {
    const parts: string[] = [];
    let params: Record<string, unknown> = {};
    this.db.entityMetadatas.forEach((metadata, index) => {
      if (types && !types.has(metadata.targetName)) return;
      const alias = `vis_${index}`;
      const scope = rowScope(actor, metadata.targetName, alias);
      if (!scope) return;
      parts.push(
        `(e.entity_type <> :visType${index} OR EXISTS (SELECT 1 FROM ${metadata.tablePath} ${alias} WHERE ${alias}.id = e.entity_id AND ${scope.sql}))`,
      );
      params = { ...params, ...scope.params, [`visType${index}`]: metadata.targetName };
    });
    return parts.length ? { sql: parts.join(' AND '), params } : null;
  }
}
