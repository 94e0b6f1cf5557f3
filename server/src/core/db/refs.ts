import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { decodeIdOf } from '../graphql/global-id.js';
import { NotFoundError, type Problems } from '../errors.js';

type Entity<T> = EntityTarget<T> & { name: string };

/**
 * Resolves a global ID given in an input to its row, adding a user error at `field` when the
 * ID is malformed, of another type, or points at nothing. Null/undefined IDs resolve to null.
 */
export async function resolveRef<T extends ObjectLiteral>(
  em: EntityManager,
  entity: Entity<T>,
  globalId: string | null | undefined,
  field: string | string[],
  problems: Problems,
): Promise<T | null> {
  if (globalId == null) return null;
  const id = decodeIdOf(entity.name, globalId);
  const row = id ? await em.findOneBy(entity, { id } as never) : null;
  if (!row) problems.add(field, 'NOT_FOUND', `Không tìm thấy ${entity.name} với mã này.`);
  return row;
}

/** Loads the record a mutation acts on; a wrong or unknown ID is a user error at `id`. */
export async function loadTarget<T extends ObjectLiteral>(em: EntityManager, entity: Entity<T>, globalId: string, problems: Problems): Promise<T> {
  const row = await resolveRef(em, entity, globalId, 'id', problems);
  problems.throwIfAny();
  return row!;
}

/** Loads a record by global ID for a query; unknown IDs are NOT_FOUND errors. */
export async function findByGlobalId<T extends ObjectLiteral>(em: EntityManager, entity: Entity<T>, globalId: string): Promise<T> {
  const id = decodeIdOf(entity.name, globalId);
  const row = id ? await em.findOneBy(entity, { id } as never) : null;
  if (!row) throw new NotFoundError(entity.name);
  return row;
}

/**
 * Copies the fields an update input carries (undefined = not sent) onto the record. Empty text (the
 * edge trims it) clears the field, as a create stores it: null.
 */
export function applyPatch<T extends object>(record: T, patch: Partial<T>, fields: (keyof T)[]): void {
  for (const field of fields) {
    const value = patch[field];
    if (value !== undefined) record[field] = (value === '' ? null : value) as T[keyof T];
  }
}

/** Reports required fields an update tries to clear with null. */
export function requireNotNull(patch: object, fields: string[], problems: Problems): void {
  for (const field of fields) {
    if ((patch as Record<string, unknown>)[field] === null) problems.add(field, 'REQUIRED');
  }
}
