import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { CouncilSession } from './council-session.entity.js';

/** How council session lists filter and sort. */
export const councilList: ListSpec<CouncilSession> = {
  alias: 's',
  fields: {
    status: { expr: 's.status', kind: 'enum' },
    year: { expr: 's.year', kind: 'int' },
  },
  orders: {
    CREATED_AT: { expr: 's.createdAt', value: (s) => s.createdAt },
    YEAR: { expr: 's.year', value: (s) => s.year },
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
};
