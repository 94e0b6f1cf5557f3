import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { Decision } from './decision.entity.js';

// Keyset cursors cannot compare NULL: an unknown date or number sorts as these values.
const NO_DATE = '0001-01-01';
const NO_NUMBER = '';

/** How decision lists filter, search and sort. */
export const decisionList: ListSpec<Decision> = {
  alias: 'd',
  search: 'd.searchText',
  fields: {
    number: { expr: 'd.number', kind: 'string' },
    issuer: { expr: 'd.issuer', kind: 'string' },
    issuerLevel: { expr: 'd.issuerLevel', kind: 'enum' },
    issuedOn: { expr: 'd.issuedOn', kind: 'date' },
    signer: { expr: 'd.signer', kind: 'string' },
    createdAt: { expr: 'd.createdAt', kind: 'datetime' },
  },
  orders: {
    ISSUED_ON: { expr: `COALESCE(d.issuedOn, DATE '${NO_DATE}')`, value: (d) => d.issuedOn ?? NO_DATE },
    NUMBER: { expr: `COALESCE(d.number, '${NO_NUMBER}')`, value: (d) => d.number ?? NO_NUMBER },
    CREATED_AT: { expr: 'd.createdAt', value: (d) => d.createdAt },
  },
  defaultOrder: [{ field: 'ISSUED_ON', direction: OrderDirection.DESC }],
};
