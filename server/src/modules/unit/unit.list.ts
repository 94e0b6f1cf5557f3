import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { Unit } from './unit.entity.js';

/** How unit lists filter, search and sort (shared by `units` and nested unit lists). */
export const unitList: ListSpec<Unit> = {
  alias: 'u',
  search: 'u.searchText',
  fields: {
    name: { expr: 'u.name', kind: 'string' },
    shortName: { expr: 'u.shortName', kind: 'string' },
    kind: { expr: 'u.kind', kind: 'enum' },
    area: { expr: 'u.area', kind: 'string' },
    parentId: { expr: 'u.parentId', kind: 'id', idType: 'Unit' },
    blocId: {
      expr: 'm.bloc_id',
      kind: 'id',
      idType: 'Bloc',
      wrap: 'EXISTS (SELECT 1 FROM bloc_membership m WHERE m.unit_id = u.id AND $)',
    },
    createdAt: { expr: 'u.createdAt', kind: 'datetime' },
  },
  orders: {
    NAME: { expr: 'u.name', value: (u) => u.name },
    KIND: { expr: 'u.kind', value: (u) => u.kind },
    CREATED_AT: { expr: 'u.createdAt', value: (u) => u.createdAt },
    UPDATED_AT: { expr: 'u.updatedAt', value: (u) => u.updatedAt },
  },
  defaultOrder: [{ field: 'NAME', direction: OrderDirection.ASC }],
};
