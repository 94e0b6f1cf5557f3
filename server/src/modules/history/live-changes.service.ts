import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireRead } from '../../core/auth/policy.js';
import { rowScope, type Condition } from '../../core/auth/scope.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import type { LiveBus } from '../../core/live/bus.js';
import { followChanges, latestSeq } from '../../core/live/follow.js';
import { ChangeEvent } from './change-event.entity.js';
import type { LiveChangeFilter } from './live-changes.inputs.js';

export interface ChangeFeed {
  events: ChangeEvent[];
  lastSeq: string;
  hasMore: boolean;
}

/** The filter as SQL on `change_event e`. */
function narrow(qb: SelectQueryBuilder<ChangeEvent>, filter: LiveChangeFilter | null | undefined): SelectQueryBuilder<ChangeEvent> {
  if (filter?.entityTypes?.length) qb.andWhere('e.entity_type IN (:...liveTypes)', { liveTypes: filter.entityTypes });
  if (filter?.entityIds?.length) qb.andWhere('e.entity_id IN (:...liveIds)', { liveIds: filter.entityIds.map((id) => fromGlobalId(id)?.id ?? NO_ROW) });
  return qb;
}

const NO_ROW = '00000000-0000-0000-0000-000000000000';

/** The same filter in memory, for live batches; an ID that decodes to nothing matches nothing. */
function matcher(filter: LiveChangeFilter | null | undefined): (event: ChangeEvent) => boolean {
  const types = filter?.entityTypes?.length ? new Set(filter.entityTypes) : null;
  const ids = filter?.entityIds?.length ? new Set(filter.entityIds.map((id) => fromGlobalId(id)?.id ?? NO_ROW)) : null;
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

  latestSeq(actor: Actor): Promise<string> {
    requireRead(actor);
    return latestSeq(this.db);
  }

  /** Events after `since`, oldest first, at most `first`. */
  async since(actor: Actor, since: string, first: number, filter?: LiveChangeFilter | null): Promise<ChangeFeed> {
    requireRead(actor);
    const qb = narrow(this.db.getRepository(ChangeEvent).createQueryBuilder('e').where('e.seq > :since', { since }), filter);
    const scope = this.visibility(actor);
    if (scope) qb.andWhere(scope.sql, scope.params);
    const rows = await qb
      .orderBy('e.seq', 'ASC')
      .limit(first + 1)
      .getMany();
    const events = rows.slice(0, first);
    return { events, hasMore: rows.length > first, lastSeq: events.at(-1)?.id ?? since };
  }

  /** The subscription's stream: catch-up from `since` (if given), then live events, each once and in seq order. */
  stream(actor: Actor, live: LiveBus, since: string | null | undefined, filter: LiveChangeFilter | null | undefined): AsyncIterableIterator<ChangeEvent> {
    requireRead(actor);
    const matches = matcher(filter);
    return followChanges<ChangeEvent>(this.db, live, since, {
      catchUp: (qb) => narrow(qb, filter),
      deliver: async (events, stream) => {
        const mine = events.filter(matches);
        if (!mine.length) return;
        const visible = await this.visibleOf(actor, events);
        for (const event of mine) if (visible.has(event.id)) stream.push(event);
      },
    });
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
