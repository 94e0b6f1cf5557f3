import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { Dossier } from './dossier.entity.js';

/** How dossier lists (and the inbox) filter and sort. */
export const dossierList: ListSpec<Dossier> = {
  alias: 'd',
  fields: {
    status: { expr: 'd.status', kind: 'enum' },
    kind: { expr: 'd.kind', kind: 'enum' },
    currentLevel: { expr: 'd.currentLevel', kind: 'enum' },
    year: { expr: 'd.year', kind: 'int' },
    proposingUnitId: { expr: 'd.proposingUnitId', kind: 'id', idType: 'Unit' },
    blocId: { expr: 'd.blocId', kind: 'id', idType: 'Bloc' },
    dueOn: { expr: 'd.dueOn', kind: 'date' },
  },
  orders: {
    CREATED_AT: { expr: 'd.createdAt', value: (d) => d.createdAt },
    YEAR: { expr: 'd.year', value: (d) => d.year },
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
};
