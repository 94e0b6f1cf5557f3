import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { Movement } from './movement.entity.js';

/** Sort stand-ins for empty values, so cursors compare the same expression the query sorts by. */
const NO_DATE = '0001-01-01';
const NO_YEAR = 0;

/** How movement lists filter, search and sort. */
export const movementList: ListSpec<Movement> = {
  alias: 'm',
  search: 'm.searchText',
  fields: {
    name: { expr: 'm.name', kind: 'string' },
    kind: { expr: 'm.kind', kind: 'enum' },
    scope: { expr: 'm.scope', kind: 'enum' },
    status: { expr: 'm.status', kind: 'enum' },
    launchedBy: { expr: 'm.launchedBy', kind: 'string' },
    startYear: { expr: 'm.startYear', kind: 'int' },
    endYear: { expr: 'm.endYear', kind: 'int' },
    parentId: { expr: 'm.parentId', kind: 'id', idType: 'Movement' },
    organizerUnitId: { expr: 'm.organizerUnitId', kind: 'id', idType: 'Unit' },
    createdAt: { expr: 'm.createdAt', kind: 'datetime' },
  },
  orders: {
    NAME: { expr: 'm.name', value: (m) => m.name },
    LAUNCHED_ON: { expr: `COALESCE(m.launchedOn, DATE '${NO_DATE}')`, value: (m) => m.launchedOn ?? NO_DATE },
    START_YEAR: { expr: `COALESCE(m.startYear, ${NO_YEAR})`, value: (m) => m.startYear ?? NO_YEAR },
    CREATED_AT: { expr: 'm.createdAt', value: (m) => m.createdAt },
  },
  defaultOrder: [{ field: 'NAME', direction: OrderDirection.ASC }],
};
