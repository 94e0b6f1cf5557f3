import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { Household } from './household.entity.js';

/** How household lists filter, search and sort. */
export const householdList: ListSpec<Household> = {
  alias: 'h',
  search: 'h.searchText',
  fields: {
    name: { expr: 'h.name', kind: 'string' },
    area: { expr: 'h.area', kind: 'string' },
    createdAt: { expr: 'h.createdAt', kind: 'datetime' },
  },
  orders: {
    NAME: { expr: 'h.name', value: (h) => h.name },
    // Keyset cursors cannot compare NULL: an unknown area sorts as ''.
    AREA: { expr: "COALESCE(h.area, '')", value: (h) => h.area ?? '' },
    CREATED_AT: { expr: 'h.createdAt', value: (h) => h.createdAt },
  },
  defaultOrder: [{ field: 'NAME', direction: OrderDirection.ASC }],
};
