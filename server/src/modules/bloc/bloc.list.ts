import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { Bloc } from './bloc.entity.js';

/** How bloc lists filter, search and sort. */
export const blocList: ListSpec<Bloc> = {
  alias: 'b',
  search: 'b.searchText',
  fields: {
    name: { expr: 'b.name', kind: 'string' },
    code: { expr: 'b.code', kind: 'string' },
    kind: { expr: 'b.kind', kind: 'enum' },
    level: { expr: 'b.level', kind: 'enum' },
    area: { expr: 'b.area', kind: 'string' },
    parentId: { expr: 'b.parentId', kind: 'id', idType: 'Bloc' },
    foundingDecisionId: { expr: 'b.foundingDecisionId', kind: 'id', idType: 'Decision' },
    ownerUnitId: { expr: 'b.ownerUnitId', kind: 'id', idType: 'Unit' },
    memberUnitId: {
      expr: 'bm.unit_id',
      kind: 'id',
      idType: 'Unit',
      wrap: 'EXISTS (SELECT 1 FROM bloc_membership bm WHERE bm.bloc_id = b.id AND $)',
    },
    // A bloc without a head in a year: no HEAD role whose year matches the condition.
    withoutHeadInYear: {
      expr: 'r.year',
      kind: 'int',
      wrap: "NOT EXISTS (SELECT 1 FROM bloc_year_role r WHERE r.bloc_id = b.id AND r.role = 'HEAD' AND $)",
    },
    createdAt: { expr: 'b.createdAt', kind: 'datetime' },
  },
  orders: {
    NAME: { expr: 'b.name', value: (b) => b.name },
    CODE: { expr: 'b.code', value: (b) => b.code },
    CREATED_AT: { expr: 'b.createdAt', value: (b) => b.createdAt },
    UPDATED_AT: { expr: 'b.updatedAt', value: (b) => b.updatedAt },
  },
  defaultOrder: [{ field: 'NAME', direction: OrderDirection.ASC }],
};
