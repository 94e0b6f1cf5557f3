import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { UserErrors, userError } from '../errors.js';
import { duplicateError, type UniqueViolation } from './duplicates.js';

/**
 * Runs a change in one transaction. Constraint violations the database catches (a duplicate, a
 * record still referenced) become user errors, so the caller gets a payload, not a 500. A
 * duplicate names the record that already has the value and carries its ID (`recordId`).
 */
export async function write<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (error instanceof QueryFailedError) {
      const { code, constraint } = error.driverError as UniqueViolation & { code?: string };
      if (code === '23505') throw new UserErrors([await duplicateError(db, error.driverError as UniqueViolation, constraintField(constraint))]);
      if (code === '23503' || code === '23001') throw new UserErrors([userError('id', 'IN_USE')]);
    }
    throw error;
  }
}

/** Unique constraints are named `uq_<table>_<field>` so the error can point at the field. */
function constraintField(constraint: string | undefined): string {
  const match = /^uq_[a-z]+(?:_[a-z]+)*?__([a-z_]+)$/.exec(constraint ?? '');
  return match ? match[1]!.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : 'id';
}
