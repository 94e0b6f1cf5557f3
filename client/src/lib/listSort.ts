import type { useListParams } from './useListParams';

type List = ReturnType<typeof useListParams>;
export type Direction = 'ASC' | 'DESC';

/**
 * Sorting held in the URL (`sort`, `dir`) for a server-sorted table: the current order, the
 * `orderBy` argument to send, and header props that make a column sortable by one field.
 */
export function listSort<F extends string>(list: List, fields: readonly F[], fallback: { field: F; dir: Direction }) {
  const asked = list.get('sort') as F | undefined;
  const field = asked && fields.includes(asked) ? asked : fallback.field;
  const askedDir = list.get('dir');
  const dir: Direction = askedDir === 'ASC' || askedDir === 'DESC' ? askedDir : asked ? 'ASC' : fallback.dir;
  return {
    field,
    dir,
    orderBy: [{ field, direction: dir }],
    /** Props for an antd column sorted by `by`: a click sorts by it, a second click reverses. */
    column: (by: F) => ({
      sorter: true,
      sortOrder: field === by ? (dir === 'DESC' ? ('descend' as const) : ('ascend' as const)) : null,
      onHeaderCell: () => ({ onClick: () => list.update({ sort: by, dir: field === by && dir === 'ASC' ? 'DESC' : 'ASC' }) }),
    }),
  };
}

/** A whole number from a URL parameter, or undefined. */
export function intParam(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value)) return undefined;
  return Number(value);
}
