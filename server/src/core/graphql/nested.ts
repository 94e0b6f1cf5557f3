import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LIMITS } from '@thidua/shared';
import type { Actor } from '../actor.js';
import { BadInputError } from '../errors.js';
import type { ConnectionData } from './connection.js';
import type { Loaders } from './loaders.js';
import { applyFilters, decodeCursor, withCursor, type ListArgs, type ListSpec } from './list.js';
import { OrderDirection } from './order.js';

/**
 * Connections nested under a parent (a unit's commendations, a decision's commendations):
 * one SQL statement serves the page of every parent in the request (ROW_NUMBER per parent),
 * and one more serves their counts if asked. Cursors page within one parent.
 */
export interface NestedSpec<T extends ObjectLiteral> extends ListSpec<T> {
  /** Loader name prefix, e.g. "Unit.commendations". */
  name: string;
  /** SQL expression of the parent key on the child row, e.g. "c.unit_id". */
  parentExpr: string;
  /** The rows of every parent that the actor may see (apply `scoped` from core/auth/scope.ts). */
  query: (actor: Actor) => SelectQueryBuilder<T>;
  parentOf: (row: T) => string;
}

function orderSql<T>(spec: ListSpec<T>, args: ListArgs) {
  const requested = args.orderBy?.length ? args.orderBy : spec.defaultOrder;
  const keys = requested.map(({ field, direction }) => {
    const key = spec.orders[field];
    if (!key) throw new BadInputError(`Không sắp xếp được theo "${field}".`);
    return { ...key, desc: direction === OrderDirection.DESC };
  });
  keys.push({ expr: `${spec.alias}.id`, value: (row: T) => (row as unknown as { id: string }).id, desc: keys[keys.length - 1]?.desc ?? false });
  return keys;
}

const encode = (values: unknown[]) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

export function nestedConnection<T extends ObjectLiteral>(loaders: Loaders, spec: NestedSpec<T>, parentId: string, args: ListArgs): Promise<ConnectionData<T>> {
  if (args.last != null || args.before != null) throw new BadInputError('Danh sách lồng chỉ hỗ trợ first/after.');
  const size = args.first ?? LIMITS.pageSizeDefault;
  if (!Number.isInteger(size) || size < 0 || size > LIMITS.pageSizeMax) {
    throw new BadInputError(`Kích thước trang phải từ 0 đến ${LIMITS.pageSizeMax}.`);
  }
  const argsKey = JSON.stringify([args.filter, args.orderBy, args.search, size, args.after]);
  const keys = orderSql(spec, args);
  const rowNumber = `ROW_NUMBER() OVER (PARTITION BY ${spec.parentExpr} ORDER BY ${keys.map((k) => `${k.expr} ${k.desc ? 'DESC' : 'ASC'}`).join(', ')})`;

  const pages = loaders.group<string, T>(
    `${spec.name}:page:${argsKey}`,
    async (parentIds) => {
      const inner = applyFilters(spec.query(loaders.actor), spec, args).andWhere(`${spec.parentExpr} IN (:...parentIds)`, { parentIds });
      if (args.after != null) {
        // A cursor pages within one parent: keep rows after it in that parent's order.
        const values = decodeCursor(args.after, keys.length);
        const params: Record<string, unknown> = {};
        const ors = keys.map((key, i) => {
          const ands = keys.slice(0, i).map((prev, j) => {
            params[`nc${j}`] = values[j];
            return `${prev.expr} = :nc${j}`;
          });
          params[`nc${i}`] = values[i];
          ands.push(`${key.expr} ${key.desc ? '<' : '>'} :nc${i}`);
          return `(${ands.join(' AND ')})`;
        });
        inner.andWhere(`(${ors.join(' OR ')})`, params);
      }
      const ranked = inner.clone().select(`${spec.alias}.id`, 'ranked_id').addSelect(rowNumber, 'rn');
      const qb = spec
        .query(loaders.actor)
        .where(`${spec.alias}.id IN (SELECT r.ranked_id FROM (${ranked.getQuery()}) r WHERE r.rn <= :limit)`)
        .setParameters({ ...ranked.getParameters(), limit: size + 1 });
      for (const key of keys) qb.addOrderBy(key.expr, key.desc ? 'DESC' : 'ASC');
      return withCursor(args.after != null, () => qb.getMany());
    },
    spec.parentOf,
  );

  const counts = loaders.get<string, number>(`${spec.name}:count:${JSON.stringify([args.filter, args.search])}`, async (parentIds) => {
    const rows = await applyFilters(spec.query(loaders.actor), spec, args)
      .select(spec.parentExpr, 'parent')
      .addSelect('COUNT(*)', 'count')
      .andWhere(`${spec.parentExpr} IN (:...parentIds)`, { parentIds: [...parentIds] })
      .groupBy(spec.parentExpr)
      .getRawMany<{ parent: string; count: string }>();
    const map = new Map(rows.map((r) => [r.parent, Number(r.count)]));
    return parentIds.map((id) => map.get(id) ?? 0);
  });

  return (size === 0 ? Promise.resolve([] as T[]) : pages.load(parentId)).then((rows) => {
    const page = rows.slice(0, size);
    const cursors = page.map((row) =>
      encode(
        keys.map((k) => {
          const v = k.value(row);
          return v instanceof Date ? v.toISOString() : (v ?? null);
        }),
      ),
    );
    return {
      nodes: page,
      cursors,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: args.after != null,
        startCursor: cursors[0] ?? null,
        endCursor: cursors[cursors.length - 1] ?? null,
      },
      count: () => counts.load(parentId),
    };
  });
}
