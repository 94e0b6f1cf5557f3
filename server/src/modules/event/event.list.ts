import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { Event } from './event.entity.js';

/** How event lists filter and sort. */
export const eventList: ListSpec<Event> = {
  alias: 'e',
  fields: {
    kind: { expr: 'e.kind', kind: 'enum' },
    title: { expr: 'e.title', kind: 'string' },
    heldOn: { expr: 'e.heldOn', kind: 'date' },
    hostUnitId: { expr: 'e.hostUnitId', kind: 'id', idType: 'Unit' },
    createdAt: { expr: 'e.createdAt', kind: 'datetime' },
  },
  orders: {
    HELD_ON: { expr: 'e.heldOn', value: (e) => e.heldOn },
    TITLE: { expr: 'e.title', value: (e) => e.title },
    CREATED_AT: { expr: 'e.createdAt', value: (e) => e.createdAt },
  },
  defaultOrder: [{ field: 'HELD_ON', direction: OrderDirection.DESC }],
};
