import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../actor.js';
import { NotFoundError, type Problems } from '../errors.js';
import { decodeIdOf } from '../graphql/global-id.js';
import { UNSCOPED } from '../feature.js';
import { recordType } from '../records.js';
import { peopleScope, seesAllPeople } from './policy.js';

/**
 * Which rows an actor sees, per entity, as one SQL condition: the single rule behind lists,
 * nested connections, aggregates, `node(id)` and the loaders of relation fields. A row outside
 * it behaves as if it did not exist. Each record type's feature decides its scope
 * (`records` in `modules/<feature>/index.ts`, `UNSCOPED` where every reader sees all rows); the
 * people and household conditions below are the building blocks of the personal-data scopes.
 */
export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

export const NOTHING: Condition = { sql: 'FALSE', params: {} };

/** The people an actor sees, over an expression giving a person id; null = everyone. */
export function visiblePeople(actor: Actor, personIdExpr: string): Condition | null {
  const byUnit = peopleScope(actor, 'vis_pa.unit_id');
  if (!byUnit) return null;
  if (byUnit.sql === 'FALSE') return NOTHING;
  return {
    sql: `EXISTS (SELECT 1 FROM person_affiliation vis_pa WHERE vis_pa.person_id = ${personIdExpr} AND ${byUnit.sql})`,
    params: byUnit.params,
  };
}

/** Households are personal data with no unit to scope them by: all or nothing. */
export function visibleHouseholds(actor: Actor): Condition | null {
  return seesAllPeople(actor) ? null : NOTHING;
}

/** The condition on rows of `entity` (by class name) under `alias`; null when the actor sees them all. */
export function rowScope(actor: Actor, entity: string, alias: string): Condition | null {
  const scope = recordType(entity)?.scope;
  return scope && scope !== UNSCOPED ? scope(actor, alias) : null;
}

/** Restricts a query over `entity` (its main alias unless given) to the rows the actor sees. */
export function scoped<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, entity: string, alias = qb.alias): SelectQueryBuilder<T> {
  const condition = rowScope(actor, entity, alias);
  return condition ? qb.andWhere(condition.sql, condition.params) : qb;
}

type Entity<T> = EntityTarget<T> & { name: string };

/** One row by id, or null when it does not exist or the actor may not see it. */
export function findVisible<T extends ObjectLiteral>(em: EntityManager, actor: Actor, entity: Entity<T>, id: string): Promise<T | null> {
  const qb = em.getRepository(entity).createQueryBuilder('scoped_row').where('scoped_row.id = :rowId', { rowId: id });
  return scoped(qb, actor, entity.name).getOne();
}

/** `findByGlobalId` for what the actor may see: out of scope is NOT_FOUND, exactly like missing. */
export async function findVisibleByGlobalId<T extends ObjectLiteral>(em: EntityManager, actor: Actor, entity: Entity<T>, globalId: string): Promise<T> {
  const id = decodeIdOf(entity.name, globalId);
  const row = id ? await findVisible(em, actor, entity, id) : null;
  if (!row) throw new NotFoundError(entity.name);
  return row;
}

/** `resolveRef` for what the actor may see: out of scope is the same NOT_FOUND user error as missing. */
export async function resolveVisibleRef<T extends ObjectLiteral>(
  em: EntityManager,
  actor: Actor,
  entity: Entity<T>,
  globalId: string | null | undefined,
  field: string | string[],
  problems: Problems,
): Promise<T | null> {
  if (globalId == null) return null;
  const id = decodeIdOf(entity.name, globalId);
  const row = id ? await findVisible(em, actor, entity, id) : null;
  if (!row) problems.add(field, 'NOT_FOUND', `Không tìm thấy ${entity.name} với mã này.`);
  return row;
}

/** `loadTarget` for what the actor may see: the record a mutation acts on, or a NOT_FOUND at `id`. */
export async function loadVisibleTarget<T extends ObjectLiteral>(
  em: EntityManager,
  actor: Actor,
  entity: Entity<T>,
  globalId: string,
  problems: Problems,
): Promise<T> {
  const row = await resolveVisibleRef(em, actor, entity, globalId, 'id', problems);
  problems.throwIfAny();
  return row!;
}

/** Rows by id as the actor may see them, locked for the transaction (pessimistic write): out of scope reads as missing. */
export function lockVisible<T extends ObjectLiteral>(em: EntityManager, actor: Actor, entity: Entity<T>, ids: string[]): Promise<T[]> {
  if (!ids.length) return Promise.resolve([]);
  const qb = em.getRepository(entity).createQueryBuilder('locked').setLock('pessimistic_write').where('locked.id IN (:...lockedIds)', { lockedIds: ids });
  return scoped(qb, actor, entity.name).getMany();
}

/**
 * The records a mutation acts on, by global ID, as the actor may see them, locked, in the order
 * given (duplicates once); an unknown or unseen one is NOT_FOUND at `[field, index]` with `message`.
 */
export async function lockVisibleTargets<T extends ObjectLiteral & { id: string }>(
  em: EntityManager,
  actor: Actor,
  entity: Entity<T>,
  globalIds: string[],
  field: string,
  message: string,
  problems: Problems,
): Promise<T[]> {
  const ids = globalIds.map((id) => decodeIdOf(entity.name, id));
  const rows = new Map(
    (
      await lockVisible(
        em,
        actor,
        entity,
        ids.filter((id): id is string => !!id),
      )
    ).map((row) => [row.id, row]),
  );
  const seen = new Set<string>();
  const found: T[] = [];
  ids.forEach((id, i) => {
    const row = id ? rows.get(id) : undefined;
    if (!row) problems.add([field, String(i)], 'NOT_FOUND', message);
    else if (!seen.has(row.id)) {
      found.push(row);
      seen.add(row.id);
    }
  });
  return found;
}
