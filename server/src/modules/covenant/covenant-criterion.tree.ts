/** Pure ordering logic of a covenant's criteria tree: outline order and numbers like "2.1". */

export interface TreeItem {
  id: string;
  parentId: string | null;
}

export interface Outline<T extends TreeItem> {
  /** Depth-first order: each criterion followed by its children, siblings in the given order. */
  ordered: T[];
  /** Outline number of each criterion, e.g. "1", "2", "2.1". */
  numbers: Map<string, string>;
  children: Map<string | null, T[]>;
}

/** `items` must come in sibling order (by rank); a criterion whose parent is missing counts as top-level. */
export function outline<T extends TreeItem>(items: readonly T[]): Outline<T> {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const key = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(key);
    if (list) list.push(item);
    else children.set(key, [item]);
  }
  const ordered: T[] = [];
  const numbers = new Map<string, string>();
  const walk = (parentId: string | null, prefix: string) => {
    (children.get(parentId) ?? []).forEach((item, i) => {
      const number = `${prefix}${i + 1}`;
      numbers.set(item.id, number);
      ordered.push(item);
      walk(item.id, `${number}.`);
    });
  };
  walk(null, '');
  return { ordered, numbers, children };
}

const cache = new WeakMap<readonly TreeItem[], Outline<TreeItem>>();

/** `outline` memoised per array (a request loads each covenant's criteria once). */
export function outlineOf<T extends TreeItem>(items: readonly T[]): Outline<T> {
  let result = cache.get(items);
  if (!result) {
    result = outline(items);
    cache.set(items, result);
  }
  return result as Outline<T>;
}
