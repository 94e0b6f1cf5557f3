/**
 * Pure helpers over a covenant's criteria as the API lists them: a flat list in outline order
 * (1, 2, 2.1, 2.2, 3…), each pointing at its parent. Moves are expressed the way the API takes
 * them (afterId / beforeId among siblings); the same move can be applied locally to show the
 * new order and numbering before the server answers.
 */
export interface CriterionLike {
  id: string;
  number: string;
  maxScore?: number | null;
  parent?: { id: string } | null;
}

export interface MoveTarget {
  afterId?: string;
  beforeId?: string;
}

const parentIdOf = (c: CriterionLike) => c.parent?.id ?? null;

/** The criteria under one parent (null: top level), in order. */
export function siblingsOf<T extends CriterionLike>(criteria: readonly T[], parentId: string | null): T[] {
  return criteria.filter((c) => parentIdOf(c) === parentId);
}

/** Depth in the outline: 0 for "2", 1 for "2.1". */
export const depthOf = (c: CriterionLike) => c.number.split('.').length - 1;

/** Where a criterion goes when moved one step up or down among its siblings; null at the edge. */
export function stepTarget(criteria: readonly CriterionLike[], id: string, direction: 'up' | 'down'): MoveTarget | null {
  const moving = criteria.find((c) => c.id === id);
  if (!moving) return null;
  const siblings = siblingsOf(criteria, parentIdOf(moving));
  const i = siblings.findIndex((c) => c.id === id);
  if (direction === 'up') {
    if (i <= 0) return null;
    return { beforeId: siblings[i - 1]!.id, ...(i >= 2 ? { afterId: siblings[i - 2]!.id } : {}) };
  }
  if (i >= siblings.length - 1) return null;
  return { afterId: siblings[i + 1]!.id, ...(i + 2 < siblings.length ? { beforeId: siblings[i + 2]!.id } : {}) };
}

/**
 * Where a criterion goes when dropped before or after another one. Only among siblings (the
 * outline level does not change by dragging); null when the drop changes nothing.
 */
export function dropTarget(criteria: readonly CriterionLike[], id: string, targetId: string, place: 'before' | 'after'): MoveTarget | null {
  const moving = criteria.find((c) => c.id === id);
  const target = criteria.find((c) => c.id === targetId);
  if (!moving || !target || id === targetId || parentIdOf(moving) !== parentIdOf(target)) return null;
  const siblings = siblingsOf(criteria, parentIdOf(moving));
  const rest = siblings.filter((c) => c.id !== id);
  const at = rest.findIndex((c) => c.id === targetId);
  const insertAt = place === 'before' ? at : at + 1;
  if (insertAt === siblings.findIndex((c) => c.id === id)) return null;
  const after = rest[insertAt - 1];
  const before = rest[insertAt];
  return { ...(after ? { afterId: after.id } : {}), ...(before ? { beforeId: before.id } : {}) };
}

/**
 * The list after moving `id` to `target` (no target: to the end of its siblings), in outline
 * order with numbers recomputed. Without `id` it only renumbers.
 */
export function applyMove<T extends CriterionLike>(criteria: readonly T[], id?: string, target: MoveTarget = {}): T[] {
  const children = new Map<string | null, T[]>();
  for (const c of criteria) {
    const key = parentIdOf(c);
    children.set(key, [...(children.get(key) ?? []), c]);
  }
  const moving = id ? criteria.find((c) => c.id === id) : undefined;
  if (moving) {
    const key = parentIdOf(moving);
    const list = children.get(key)!.filter((c) => c.id !== moving.id);
    const after = target.afterId ? list.findIndex((c) => c.id === target.afterId) : -1;
    const before = target.beforeId ? list.findIndex((c) => c.id === target.beforeId) : -1;
    const at = after >= 0 ? after + 1 : before >= 0 ? before : list.length;
    list.splice(at, 0, moving);
    children.set(key, list);
  }
  const out: T[] = [];
  const walk = (parentId: string | null, prefix: string) => {
    (children.get(parentId) ?? []).forEach((c, i) => {
      const number = `${prefix}${i + 1}`;
      out.push({ ...c, number });
      walk(c.id, `${number}.`);
    });
  };
  walk(null, '');
  return out;
}

/** Total of the maximum scores: a criterion without its own maximum counts its children's. */
export function totalMaxScore(criteria: readonly CriterionLike[]): number {
  const scoreOf = (c: CriterionLike): number => c.maxScore ?? siblingsOf(criteria, c.id).reduce((sum, child) => sum + scoreOf(child), 0);
  return siblingsOf(criteria, null).reduce((sum, c) => sum + scoreOf(c), 0);
}
