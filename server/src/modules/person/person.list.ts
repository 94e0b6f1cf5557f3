import type { DataSource } from 'typeorm';
import { scoped } from '../../core/auth/scope.js';
import type { ListSpec, OrderKey } from '../../core/graphql/list.js';
import type { NestedSpec } from '../../core/graphql/nested.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { PersonAffiliation } from './person-affiliation.entity.js';
import type { Person } from './person.entity.js';

/** Unknown birth years sort after known ones when ascending (keyset cursors cannot compare NULL). */
const NO_BIRTH_YEAR = 9999;

/** How people lists filter, search and sort (shared by `people` and `Unit.people`). */
export const personList: ListSpec<Person> = {
  alias: 'p',
  search: 'p.searchText',
  fields: {
    fullName: { expr: 'p.fullName', kind: 'string' },
    gender: { expr: 'p.gender', kind: 'enum' },
    birthYear: { expr: 'p.birthYear', kind: 'int' },
    unitId: {
      expr: 'cur.unit_id',
      kind: 'id',
      idType: 'Unit',
      wrap: 'EXISTS (SELECT 1 FROM person_affiliation cur WHERE cur.person_id = p.id AND cur.ended_on IS NULL AND $)',
    },
    createdAt: { expr: 'p.createdAt', kind: 'datetime' },
  },
  orders: {
    FULL_NAME: { expr: 'p.fullName', value: (p) => p.fullName },
    BIRTH_YEAR: { expr: `COALESCE(p.birthYear, ${NO_BIRTH_YEAR})`, value: (p) => p.birthYear ?? NO_BIRTH_YEAR },
    CREATED_AT: { expr: 'p.createdAt', value: (p) => p.createdAt },
  },
  defaultOrder: [{ field: 'FULL_NAME', direction: OrderDirection.ASC }],
};

/**
 * `Unit.people`: a unit's current affiliations with their person joined as `p`, so the person
 * list's filters, search and orders apply unchanged; the resolver hands out the people.
 */
export function unitPeopleList(db: DataSource): NestedSpec<PersonAffiliation> {
  const orders: Record<string, OrderKey<PersonAffiliation>> = {};
  for (const [name, key] of Object.entries(personList.orders)) orders[name] = { expr: key.expr, value: (a) => key.value(a.person) };
  return {
    ...personList,
    alias: 'pa',
    orders,
    name: 'Unit.people',
    parentExpr: 'pa.unit_id',
    query: (actor) =>
      scoped(
        db.getRepository(PersonAffiliation).createQueryBuilder('pa').innerJoinAndSelect('pa.person', 'p').where('pa.endedOn IS NULL'),
        actor,
        'Person',
        'p',
      ),
    parentOf: (a) => a.unitId,
  };
}
