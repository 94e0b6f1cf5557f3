import { generateKeyBetween } from 'fractional-indexing';
import type { EntityManager } from 'typeorm';
import type { Problems } from '../../core/errors.js';
import { decodeIdOf } from '../../core/graphql/global-id.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';

export interface Placement {
  afterId?: string | null;
  beforeId?: string | null;
}

const NOT_SIBLING = 'Phải là một tiêu chí cùng cấp trong cùng giao ước.';

/**
 * The rank of a criterion placed among its siblings (same covenant, same parent): right after
 * `afterId`, right before `beforeId`, or at the end. When both are given but someone has put
 * another criterion between them meanwhile, `afterId` wins: the new one goes right after it, still
 * between the two. Callers lock the covenant row first, so two officers placing criteria at once
 * never compute the same key: every sibling has its own rank and everyone reads one order.
 */
export async function rankFor(
  em: EntityManager,
  where: { covenantId: string; parentId: string | null; movingId?: string },
  placement: Placement,
  problems: Problems,
): Promise<string> {
  const qb = em
    .getRepository(CovenantCriterion)
    .createQueryBuilder('cc')
    .where('cc.covenantId = :covenantId', { covenantId: where.covenantId })
    .andWhere(where.parentId ? 'cc.parentId = :parentId' : 'cc.parentId IS NULL', { parentId: where.parentId });
  if (where.movingId) qb.andWhere('cc.id <> :movingId', { movingId: where.movingId });
  const siblings = await qb.orderBy('cc.rank').addOrderBy('cc.id').getMany();

  const indexOf = (globalId: string, field: string) => {
    const id = decodeIdOf(CovenantCriterion.name, globalId);
    const i = siblings.findIndex((s) => s.id === id);
    if (i < 0) problems.add(field, 'INVALID', NOT_SIBLING);
    return i;
  };
  const { afterId, beforeId } = placement;
  const after = afterId != null ? indexOf(afterId, 'afterId') : null;
  const before = beforeId != null ? indexOf(beforeId, 'beforeId') : null;
  if (after !== null && before !== null && after >= 0 && before >= 0 && before <= after) {
    problems.add('beforeId', 'INVALID', 'beforeId phải đứng sau afterId.');
  }
  problems.throwIfAny();

  let lo: string | null;
  let hi: string | null;
  if (after !== null) [lo, hi] = [siblings[after]!.rank, siblings[after + 1]?.rank ?? null];
  else if (before !== null) [lo, hi] = [siblings[before - 1]?.rank ?? null, siblings[before]!.rank];
  else [lo, hi] = [siblings[siblings.length - 1]?.rank ?? null, null];
  return generateKeyBetween(lo, hi);
}
