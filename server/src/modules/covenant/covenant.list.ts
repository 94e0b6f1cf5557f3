import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { Covenant } from './covenant.entity.js';

/** How covenant lists filter and sort. */
export const covenantList: ListSpec<Covenant> = {
  alias: 'c',
  fields: {
    blocId: { expr: 'c.blocId', kind: 'id', idType: 'Bloc' },
    year: { expr: 'c.year', kind: 'int' },
    status: { expr: 'c.status', kind: 'enum' },
    createdAt: { expr: 'c.createdAt', kind: 'datetime' },
  },
  orders: {
    YEAR: { expr: 'c.year', value: (c) => c.year },
    CREATED_AT: { expr: 'c.createdAt', value: (c) => c.createdAt },
  },
  defaultOrder: [{ field: 'YEAR', direction: OrderDirection.DESC }],
};
