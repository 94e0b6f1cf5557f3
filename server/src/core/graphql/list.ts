import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fold, LIMITS, searchTerms } from '@thidua/shared';
import { BadInputError } from '../errors.js';
import type { ConnectionArgs, ConnectionData } from './connection.js';
import { decodeIdOf } from './global-id.js';
import { OrderDirection } from './order.js';
import { badText } from './limits/input.js';

/**
 * The list engine behind every connection: filters (and/or/not with per-field operators),
 * diacritics-free search, ordering with a stable id tiebreak, and keyset cursors.
 * SQL expressions may use TypeORM property paths (`u.createdAt`) or plain SQL.
 */
export type FieldKind = 'string' | 'int' | 'float' | 'date' | 'datetime' | 'enum' | 'id' | 'bool';

export interface FilterField {
  expr: string;
  kind: FieldKind;
  /** For `id` fields: the GraphQL type whose global IDs the filter takes. */
  idType?: string;
  /** Wraps the condition, `$` standing for it, e.g. an EXISTS over a related table. */
  wrap?: string;
}

export interface OrderKey<T> {
  expr: string;
  value: (row: T) => unknown;
}

export interface ListSpec<T> {
  alias: string;
  fields: Record<string, FilterField>;
  orders: Record<string, OrderKey<T>>;
  defaultOrder: { field: string; direction: OrderDirection }[];
  /** Folded text column(s) matched by `search:`. */
  search?: string;
}

export interface ListArgs extends ConnectionArgs {
  filter?: object | null;
  orderBy?: { field: string; direction?: OrderDirection | null }[] | null;
  search?: string | null;
}

let paramSeq = 0;
const nextParam = () => `p${(paramSeq = (paramSeq + 1) % 1_000_000_000)}`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const ACCENTED = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const PLAIN = fold(ACCENTED);

/** The SQL twin of `fold()` from @thidua/shared, for `contains` on any text column. */
export const foldSql = (expr: string) => `translate(lower(${expr}), '${ACCENTED}', '${PLAIN}')`;

function decodeIds(field: FilterField, values: string[]): string[] {
  return values.map((value) => {
    const id = decodeIdOf(field.idType!, value);
    if (!id) throw new BadInputError(`Mã "${value}" không phải mã ${field.idType} hợp lệ.`, { idType: field.idType });
    return id;
  });
}

function operator(field: FilterField, op: string, value: unknown, params: Record<string, unknown>): string {
  const p = nextParam();
  const { expr } = field;
  const ids = (v: unknown) => (field.kind === 'id' ? decodeIds(field, v as string[]) : v);
  switch (op) {
    case 'isNull':
      return value ? `${expr} IS NULL` : `${expr} IS NOT NULL`;
    case 'eq':
      params[p] = field.kind === 'id' ? decodeIds(field, [value as string])[0] : value;
      return `${expr} = :${p}`;
    case 'in': {
      const list = value as unknown[];
      if (list.length > LIMITS.idsMax) throw new BadInputError(`Tối đa ${LIMITS.idsMax} giá trị trong "in".`);
      if (list.length === 0) return 'FALSE';
      params[p] = ids(list);
      return `${expr} IN (:...${p})`;
    }
    case 'contains':
      params[p] = `%${escapeLike(fold(String(value)))}%`;
      return `${foldSql(expr)} LIKE :${p}`;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      params[p] = value;
      const sym = { lt: '<', lte: '<=', gt: '>', gte: '>=' }[op];
      return `${expr} ${sym} :${p}`;
    }
    default:
      throw new BadInputError(`Toán tử lọc không hợp lệ: ${op}.`);
  }
}

/** Conditions (filter objects and field operators) left to one filter: its size is bounded as well as its depth, so its SQL stays small. */
interface FilterBudget {
  conditions: number;
}

function spend(budget: FilterBudget): void {
  budget.conditions -= 1;
  if (budget.conditions < 0)
    throw new BadInputError(`Bộ lọc có quá nhiều điều kiện (tối đa ${LIMITS.filterConditionsMax}).`, { max: LIMITS.filterConditionsMax });
}

export function compileFilter(
  filter: object,
  fields: Record<string, FilterField>,
  params: Record<string, unknown>,
  depth = 0,
  budget: FilterBudget = { conditions: LIMITS.filterConditionsMax },
): string {
  if (depth > 8) throw new BadInputError('Bộ lọc lồng quá sâu (tối đa 8 cấp).');
  spend(budget);
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (key === 'and' || key === 'or') {
      const list = (value as object[]).map((f) => compileFilter(f, fields, params, depth + 1, budget));
      if (list.length) parts.push(`(${list.join(key === 'and' ? ' AND ' : ' OR ')})`);
      continue;
    }
    if (key === 'not') {
      parts.push(`NOT (${compileFilter(value as object, fields, params, depth + 1, budget)})`);
      continue;
    }
    const field = fields[key];
    if (!field) throw new BadInputError(`Không lọc được theo trường "${key}".`);
    for (const [op, opValue] of Object.entries(value as object)) {
      if (opValue === undefined || opValue === null) continue;
      spend(budget);
      const condition = operator(field, op, opValue, params);
      parts.push(field.wrap ? field.wrap.replace('$', condition) : condition);
    }
  }
  return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
}

/** Applies `filter` and `search` of the args to a query. Lists and aggregates share it. */
export function applyFilters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, spec: ListSpec<T>, args: ListArgs): SelectQueryBuilder<T> {
  if (args.filter) {
    const params: Record<string, unknown> = {};
    qb.andWhere(compileFilter(args.filter, spec.fields, params), params);
  }
  if (args.search != null && spec.search) {
    if (args.search.length > LIMITS.searchMax) throw new BadInputError(`Chuỗi tìm kiếm tối đa ${LIMITS.searchMax} ký tự.`);
    const terms = searchTerms(args.search);
    if (terms.length) {
      const p = nextParam();
      qb.andWhere(`${spec.search} LIKE ALL(:${p})`, { [p]: terms.map((t) => `%${escapeLike(t)}%`) });
    }
  }
  return qb;
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export const invalidCursor = () => new BadInputError('Con trỏ phân trang không hợp lệ hoặc không khớp cách sắp xếp (invalid cursor).');

/** A cursor's sort values: as many as the sort keys, each a plain string, number, boolean or null. */
export function decodeCursor(cursor: string, length: number): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const plain = (v: unknown) => v === null || typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && !badText(v));
  if (Array.isArray(values) && values.length === length && values.every(plain)) return values;
  throw invalidCursor();
}

/**
 * Runs a page statement that compares rows with a cursor's values: a forged cursor whose value does
 * not fit its column's type (text for a date, not a UUID for an id) fails in PostgreSQL with a data
 * exception (SQLSTATE class 22), which is the caller's invalid cursor, not a server error.
 */
export async function withCursor<R>(hasCursor: boolean, run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    const code = (error as { driverError?: { code?: unknown } }).driverError?.code;
    if (hasCursor && typeof code === 'string' && code.startsWith('22')) throw invalidCursor();
    throw error;
  }
}

const cursorValue = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

function pageSize(args: ConnectionArgs): { size: number; forward: boolean } {
  if (args.first != null && args.last != null) throw new BadInputError('Chỉ dùng một trong hai: first hoặc last.');
  const forward = args.last == null;
  const size = forward ? (args.first ?? LIMITS.pageSizeDefault) : args.last!;
  if (!Number.isInteger(size) || size < 0 || size > LIMITS.pageSizeMax) {
    throw new BadInputError(`Kích thước trang phải từ 0 đến ${LIMITS.pageSizeMax}.`, { max: LIMITS.pageSizeMax });
  }
  if (forward && args.before != null) throw new BadInputError('"before" đi với "last".');
  if (!forward && args.after != null) throw new BadInputError('"after" đi với "first".');
  return { size, forward };
}

interface SortKey {
  expr: string;
  desc: boolean;
}

/**
 * Rows after (or before) the cursor's values in the sort order. With one direction for every key
 * it is a row comparison, `(name, id) > ($1, $2)`, which the planner turns into a range scan of
 * an index on those columns; mixed directions need the expanded form `a > $1 OR (a = $1 AND b < $2)`.
 */
function keysetCondition(keys: SortKey[], values: unknown[], forward: boolean, params: Record<string, unknown>): string {
  const param = (value: unknown) => {
    const p = nextParam();
    params[p] = value;
    return `:${p}`;
  };
  const greater = (key: SortKey) => (key.desc !== forward ? '>' : '<');
  if (keys.every((key) => key.desc === keys[0]!.desc)) {
    return `(${keys.map((key) => key.expr).join(', ')}) ${greater(keys[0]!)} (${values.map(param).join(', ')})`;
  }
  const ors = keys.map((key, i) => {
    const ands = keys.slice(0, i).map((prev, j) => `${prev.expr} = ${param(values[j])}`);
    ands.push(`${key.expr} ${greater(key)} ${param(values[i])}`);
    return `(${ands.join(' AND ')})`;
  });
  return `(${ors.join(' OR ')})`;
}

/** Runs a filtered, ordered, keyset-paginated list. The count runs only when asked for. */
export async function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, spec: ListSpec<T>, args: ListArgs): Promise<ConnectionData<T>> {
  const { size, forward } = pageSize(args);
  applyFilters(qb, spec, args);
  const countQuery = qb.clone();

  const requested = args.orderBy?.length ? args.orderBy : spec.defaultOrder;
  if (requested.length > 3) throw new BadInputError('Sắp xếp theo tối đa 3 trường.');
  const keys = requested.map(({ field, direction }) => {
    const key = spec.orders[field];
    if (!key) throw new BadInputError(`Không sắp xếp được theo "${field}".`);
    return { ...key, desc: direction === OrderDirection.DESC };
  });
  const last = keys[keys.length - 1]!;
  keys.push({ expr: `${spec.alias}.id`, value: (row: T) => (row as unknown as { id: string }).id, desc: last.desc });

  const cursor = forward ? args.after : args.before;
  if (cursor != null) {
    const params: Record<string, unknown> = {};
    qb.andWhere(keysetCondition(keys, decodeCursor(cursor, keys.length), forward, params), params);
  }
  for (const key of keys) qb.addOrderBy(key.expr, key.desc === forward ? 'DESC' : 'ASC');
  qb.limit(size + 1);

  const rows = size === 0 ? [] : await withCursor(cursor != null, () => qb.getMany());
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (!forward) page.reverse();
  const cursors = page.map((row) => encodeCursor(keys.map((k) => cursorValue(k.value(row)))));
  return {
    nodes: page,
    cursors,
    pageInfo: {
      hasNextPage: forward ? hasMore : cursor != null,
      hasPreviousPage: forward ? cursor != null : hasMore,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    },
    count: () => countQuery.getCount(),
  };
}
