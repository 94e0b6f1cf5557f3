import type { ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import type { EligibilityRule } from './eligibility-rule.entity.js';

/** How rule lists filter and sort: by code, then newest revision first. */
export const eligibilityRuleList: ListSpec<EligibilityRule> = {
  alias: 'r',
  fields: {
    code: { expr: 'r.code', kind: 'string' },
    // A rule without award types applies to every award type.
    awardTypeCode: {
      expr: 'ac.code',
      kind: 'string',
      wrap: '(cardinality(r.award_type_codes) = 0 OR EXISTS (SELECT 1 FROM unnest(r.award_type_codes) AS ac(code) WHERE $))',
    },
    jurisdiction: { expr: 'r.jurisdiction', kind: 'string' },
    inForce: { expr: '(r.effective_from <= CURRENT_DATE AND (r.effective_to IS NULL OR r.effective_to >= CURRENT_DATE))', kind: 'bool' },
  },
  orders: {
    CODE: { expr: 'r.code', value: (r) => r.code },
    REVISION: { expr: 'r.revision', value: (r) => r.revision },
  },
  defaultOrder: [
    { field: 'CODE', direction: OrderDirection.ASC },
    { field: 'REVISION', direction: OrderDirection.DESC },
  ],
};
