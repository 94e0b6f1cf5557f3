import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Problems } from '../../core/errors.js';
import { decodeIdOf } from '../../core/graphql/global-id.js';
import { replaceLinks, type Link } from '../../core/changes/links.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { Covenant } from './covenant.entity.js';

/** SQL condition: bloc membership `m` covers covenant `c`'s year (from ≤ year ≤ to, open end = still a member). */
export const MEMBER_IN_COVENANT_YEAR = 'm.bloc_id = c.bloc_id AND m.from_year <= c.year AND (m.to_year IS NULL OR m.to_year >= c.year)';

/** The many-to-many links, written directly through their join tables: the entities do not load them per row. */
export const LINKS = {
  covenantMovement: { entity: Covenant, relation: 'movements' },
  criterionMovement: { entity: CovenantCriterion, relation: 'movements' },
} as const satisfies Record<string, Link>;

export { replaceLinks };

/**
 * Resolves a list of global IDs in one statement; each unknown one is a NOT_FOUND at `[field, i]`.
 * Returns the row ids, without repeats, in the given order.
 */
export async function resolveRefs<T extends ObjectLiteral & { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T> & { name: string },
  globalIds: readonly string[] | null | undefined,
  field: string,
  problems: Problems,
): Promise<string[]> {
  if (!globalIds?.length) return [];
  const ids = globalIds.map((globalId) => decodeIdOf(entity.name, globalId));
  const valid = ids.filter((id): id is string => id !== null);
  const found = new Set(valid.length ? (await em.findBy(entity, { id: In(valid) } as never)).map((row) => row.id) : []);
  ids.forEach((id, i) => {
    if (!id || !found.has(id)) problems.add([field, String(i)], 'NOT_FOUND', `Không tìm thấy ${entity.name} với mã này.`);
  });
  return [...new Set(valid.filter((id) => found.has(id)))];
}

/**
 * Loads a covenant by row id and locks it until the transaction ends, so that concurrent changes
 * to its criteria order or its signatures run one after another.
 */
export function lockCovenantRow(em: EntityManager, id: string): Promise<Covenant | null> {
  return em.findOne(Covenant, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** `resolveRef` for a covenant given by global ID, taking its lock (see `lockCovenantRow`). */
export async function lockCovenant(em: EntityManager, globalId: string, field: string, problems: Problems): Promise<Covenant | null> {
  const id = decodeIdOf(Covenant.name, globalId);
  const covenant = id ? await lockCovenantRow(em, id) : null;
  if (!covenant) problems.add(field, 'NOT_FOUND', 'Không tìm thấy Covenant với mã này.');
  return covenant;
}
