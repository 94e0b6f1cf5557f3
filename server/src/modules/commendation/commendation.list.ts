import type { DataSource } from 'typeorm';
import { scoped } from '../../core/auth/scope.js';
import type { ListSpec } from '../../core/graphql/list.js';
import type { NestedSpec } from '../../core/graphql/nested.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { Commendation } from './commendation.entity.js';

/** A column of the commendation's award type, as a scalar subquery (no join needed). */
export const awardTypeColumn = (column: string) => `(SELECT atx.${column} FROM award_type atx WHERE atx.id = c.award_type_id)`;

/**
 * The unit kind a commendation counts under: the awarded unit's kind, or for a person the kind of
 * the unit of their current (open, latest) affiliation; households have none.
 */
export const UNIT_KIND_SQL = `COALESCE(
  (SELECT su.kind FROM unit su WHERE su.id = c.unit_id),
  (SELECT au.kind FROM person_affiliation pa JOIN unit au ON au.id = pa.unit_id
    WHERE pa.person_id = c.person_id AND pa.ended_on IS NULL
    ORDER BY pa.started_on DESC NULLS LAST, pa.id LIMIT 1))`;

/**
 * Commendations with their award type joined: the AWARD_RANK cursor needs the rank, and
 * `awardType` then costs no extra statement.
 */
export function commendationQuery(db: DataSource) {
  return db.getRepository(Commendation).createQueryBuilder('c').leftJoinAndSelect('c.awardType', 'awt');
}

/** How commendation lists filter, search and sort: `commendations`, nested lists and `commendationStats`. */
export const commendationList: ListSpec<Commendation> = {
  alias: 'c',
  search: 'c.searchText',
  fields: {
    year: { expr: 'c.year', kind: 'int' },
    awardTypeId: { expr: 'c.award_type_id', kind: 'id', idType: 'AwardType' },
    awardCategory: { expr: awardTypeColumn('category'), kind: 'enum' },
    awardLevel: { expr: awardTypeColumn('level'), kind: 'enum' },
    subjectKind: { expr: 'c.subject_kind', kind: 'enum' },
    unitId: { expr: 'c.unit_id', kind: 'id', idType: 'Unit' },
    personId: { expr: 'c.person_id', kind: 'id', idType: 'Person' },
    householdId: { expr: 'c.household_id', kind: 'id', idType: 'Household' },
    blocId: { expr: 'c.bloc_id', kind: 'id', idType: 'Bloc' },
    movementId: { expr: 'c.movement_id', kind: 'id', idType: 'Movement' },
    decisionId: { expr: 'c.decision_id', kind: 'id', idType: 'Decision' },
    status: { expr: 'c.status', kind: 'enum' },
    kind: { expr: 'c.kind', kind: 'enum' },
    unitKind: { expr: UNIT_KIND_SQL, kind: 'enum' },
    createdAt: { expr: 'c.created_at', kind: 'datetime' },
  },
  orders: {
    YEAR: { expr: 'c.year', value: (c) => c.year },
    CREATED_AT: { expr: 'c.created_at', value: (c) => c.createdAt },
    AWARD_RANK: { expr: awardTypeColumn('rank'), value: (c) => c.awardType?.rank ?? 0 },
  },
  defaultOrder: [
    { field: 'YEAR', direction: OrderDirection.DESC },
    { field: 'AWARD_RANK', direction: OrderDirection.DESC },
  ],
};

type ParentColumn = 'unitId' | 'personId' | 'householdId' | 'awardTypeId' | 'decisionId' | 'blocId' | 'movementId';

const snake = (column: string) => column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The commendations of one kind of parent (a unit's, a decision's…), batched per request. */
export function nestedCommendations(db: DataSource, parent: string, column: ParentColumn): NestedSpec<Commendation> {
  return {
    ...commendationList,
    name: `${parent}.commendations`,
    parentExpr: `c.${snake(column)}`,
    query: (actor) => scoped(commendationQuery(db), actor, Commendation.name),
    parentOf: (c) => c[column]!,
  };
}
