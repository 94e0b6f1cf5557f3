import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { Problems } from '../../core/errors.js';
import { resolveRef } from '../../core/db/refs.js';
import { loadForUpdate } from '../../core/db/versions.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { CovenantCriterion } from '../covenant/entities.js';
import { Covenant } from '../covenant/entities.js';
import { MEMBER_IN_COVENANT_YEAR } from '../covenant/index.js';
import { Unit } from '../unit/entities.js';

export interface Cell {
  covenant: Covenant;
  criterion: CovenantCriterion;
  unit: Unit;
}

/**
 * The covenant, criterion and unit a score or target is about: unknown ids are NOT_FOUND at their
 * field. Answers null when something is missing (the problems say what); the caller checks who
 * may act on the cell before `checkCell` says whether it can be scored.
 */
export async function resolveCell(em: EntityManager, input: { criterionId: string; unitId: string }, problems: Problems): Promise<Cell | null> {
  const criterion = await resolveRef(em, CovenantCriterion, input.criterionId, 'criterionId', problems);
  const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
  if (!criterion || !unit) return null;
  const covenant = await em.findOneByOrFail(Covenant, { id: criterion.covenantId });
  return { covenant, criterion, unit };
}

/** A scorable cell: a criterion without sub-criteria (parents sum them), a member unit of the covenant's year. */
export async function checkCell(em: EntityManager, cell: Cell, problems: Problems): Promise<void> {
  if (await em.existsBy(CovenantCriterion, { parentId: cell.criterion.id })) {
    problems.add('criterionId', 'INVALID', 'Tiêu chí có tiêu chí con: điểm của nó là tổng điểm các tiêu chí con.');
  }
  if (!(await isMember(em, cell.covenant.id, cell.unit.id))) problems.add('unitId', 'NOT_A_MEMBER');
}

export async function isMember(em: EntityManager, covenantId: string, unitId: string): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM covenant c JOIN bloc_membership m ON ${MEMBER_IN_COVENANT_YEAR} WHERE c.id = $1 AND m.unit_id = $2 LIMIT 1`,
    [covenantId, unitId],
  );
  return rows.length > 0;
}

type Versioned = ObjectLiteral & { id: string; version: number };

/**
 * The record at a natural key (criterion × unit, covenant), locked and checked against
 * `expectedVersion` like any update (conflicts, merges), or a new one. `patch` holds the sent
 * fields; after the version check, fields sent unchanged from the caller's version are dropped.
 */
export async function upsertAt<T extends Versioned>(
  em: EntityManager,
  entity: { new (): T; name: string },
  where: Partial<T>,
  patch: Partial<T>,
  expectedVersion: number | null | undefined,
  problems: Problems,
): Promise<T> {
  const existing = await em.findOneBy(entity, where as never);
  if (!existing) return em.create(entity, { ...where, ...patch } as never) as T;
  const input: Record<string, unknown> = { id: toGlobalId(entity.name, existing.id), expectedVersion, ...patch };
  const record = await loadForUpdate(em, entity, input as { id: string; expectedVersion?: number | null }, problems);
  for (const key of Object.keys(patch)) if (key in input) (record as Record<string, unknown>)[key] = input[key];
  return record;
}
