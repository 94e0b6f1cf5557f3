import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { AwardType } from './award-type.entity.js';

/** How award type lists filter, search and sort. */
export const awardTypeList: ListSpec<AwardType> = {
  alias: 'a',
  search: 'a.searchText',
  fields: {
    code: { expr: 'a.code', kind: 'string' },
    category: { expr: 'a.category', kind: 'enum' },
    level: { expr: 'a.level', kind: 'enum' },
    // The array contains the value: eq → `value = ANY(subject_kinds)`, in → any of them.
    subjectKind: { expr: 'sk.kind', kind: 'enum', wrap: 'EXISTS (SELECT 1 FROM unnest(a.subject_kinds) AS sk(kind) WHERE $)' },
    active: { expr: 'a.active', kind: 'bool' },
  },
  orders: {
    RANK: { expr: 'a.rank', value: (a) => a.rank },
    NAME_VI: { expr: 'a.nameVi', value: (a) => a.nameVi },
    CODE: { expr: 'a.code', value: (a) => a.code },
  },
  defaultOrder: [
    { field: 'RANK', direction: OrderDirection.DESC },
    { field: 'NAME_VI', direction: OrderDirection.ASC },
  ],
};
