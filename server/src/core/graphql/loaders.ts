import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Actor } from '../actor.js';
import { rowScope } from '../auth/scope.js';

/**
 * Per-request DataLoaders, so a nested request costs one SQL statement per level, not per row.
 * `byId` serves any entity; `group` and `one` serve relations keyed by a column. They belong to
 * one actor: `byId` leaves out rows the actor may not see (core/auth/scope.ts), so `node(id)` and
 * relation fields answer null for them, as for rows that do not exist.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<unknown, unknown>>();

  constructor(
    readonly db: DataSource,
    readonly actor: Actor,
  ) {}

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.cache.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.cache.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T> & { name: string }): DataLoader<string, T | null> {
    return this.get(`byId:${entity.name}`, async (ids: readonly string[]) => {
      const scope = rowScope(this.actor, entity.name, 'scoped_row');
      const rows = scope
        ? await this.db
            .getRepository(entity)
            .createQueryBuilder('scoped_row')
            .where('scoped_row.id IN (:...ids)', { ids: [...ids] })
            .andWhere(scope.sql, scope.params)
            .getMany()
        : await this.db.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  /** Rows grouped by a key the fetch returns them with (e.g. memberships by bloc id). */
  group<K, T>(key: string, fetch: (keys: K[]) => Promise<T[]>, keyOf: (row: T) => K): DataLoader<K, T[]> {
    return this.get(key, async (keys: readonly K[]) => {
      const rows = await fetch([...keys]);
      const map = new Map<K, T[]>();
      for (const row of rows) {
        const k = keyOf(row);
        const list = map.get(k);
        if (list) list.push(row);
        else map.set(k, [row]);
      }
      return keys.map((k) => map.get(k) ?? []);
    });
  }

  /** Loads the record a nullable foreign key points at. */
  async ref<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T> & { name: string }, id: string | null | undefined): Promise<T | null> {
    return id ? this.byId(entity).load(id) : null;
  }
}
