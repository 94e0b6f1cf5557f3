import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { ListSpec } from '../../core/graphql/list.js';
import type { NestedSpec } from '../../core/graphql/nested.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { Commendation } from '../commendation/entities.js';
import { Decision } from '../decision/entities.js';

// Keyset cursors cannot compare NULL: a decision without a date sorts as this one.
const NO_DATE = '0001-01-01';

/** The one condition of the public lookup: a decision is public once the Board published it. */
export const PUBLISHED = (alias: string) => `${alias}.published_on IS NOT NULL`;

/**
 * A decision's year for the year filter: of issue, or for a decision the source gives no date,
 * the latest year of achievement of the awards it grants.
 */
const DECISION_YEAR = `COALESCE(EXTRACT(YEAR FROM d.issued_on)::int, (SELECT MAX(yc.year) FROM commendation yc WHERE yc.decision_id = d.id))`;

/** Published decisions only. */
export function publicDecisionQuery(db: DataSource): SelectQueryBuilder<Decision> {
  return db.getRepository(Decision).createQueryBuilder('d').where(PUBLISHED('d'));
}

/** Commendations of published decisions, with what a public award shows joined (no statement per row). */
export function publicAwardQuery(db: DataSource): SelectQueryBuilder<Commendation> {
  return db
    .getRepository(Commendation)
    .createQueryBuilder('c')
    .innerJoinAndSelect('c.decision', 'd', PUBLISHED('d'))
    .innerJoinAndSelect('c.awardType', 'awt')
    .leftJoinAndSelect('c.revocationDecision', 'rd');
}

/** Published decisions: found by number, issuer, subject and the names and achievements they award. */
export const publicDecisionList: ListSpec<Decision> = {
  alias: 'd',
  search: `concat_ws(' ', d.search_text, (SELECT string_agg(sc.search_text, ' ') FROM commendation sc WHERE sc.decision_id = d.id))`,
  fields: {
    year: { expr: DECISION_YEAR, kind: 'int' },
    issuer: { expr: 'd.issuer', kind: 'string' },
    issuerLevel: { expr: 'd.issuer_level', kind: 'enum' },
  },
  orders: {
    ISSUED_ON: { expr: `COALESCE(d.issued_on, DATE '${NO_DATE}')`, value: (d) => d.issuedOn ?? NO_DATE },
    PUBLISHED_ON: { expr: 'd.published_on', value: (d) => d.publishedOn },
  },
  defaultOrder: [
    { field: 'ISSUED_ON', direction: OrderDirection.DESC },
    { field: 'PUBLISHED_ON', direction: OrderDirection.DESC },
  ],
};

/** Awards of published decisions: found by the recipient's name, the achievement, the award's name and the decision's number. */
export const publicAwardList: ListSpec<Commendation> = {
  alias: 'c',
  search: `concat_ws(' ', c.search_text, d.search_text, awt.search_text)`,
  fields: {
    year: { expr: 'c.year', kind: 'int' },
    issuer: { expr: 'd.issuer', kind: 'string' },
    issuerLevel: { expr: 'd.issuer_level', kind: 'enum' },
    awardTypeCode: { expr: 'awt.code', kind: 'string' },
    awardLevel: { expr: 'awt.level', kind: 'enum' },
    recipientKind: { expr: 'c.subject_kind', kind: 'enum' },
    decisionId: { expr: 'c.decision_id', kind: 'id', idType: 'Decision' },
  },
  orders: {
    ISSUED_ON: { expr: `COALESCE(d.issued_on, DATE '${NO_DATE}')`, value: (c) => c.decision?.issuedOn ?? NO_DATE },
    YEAR: { expr: 'c.year', value: (c) => c.year },
    AWARD_RANK: { expr: 'awt.rank', value: (c) => c.awardType.rank },
  },
  defaultOrder: [
    { field: 'YEAR', direction: OrderDirection.DESC },
    { field: 'ISSUED_ON', direction: OrderDirection.DESC },
    { field: 'AWARD_RANK', direction: OrderDirection.DESC },
  ],
};

/** A published decision's awards, one statement for every decision of a request: highest award first. */
export function nestedPublicAwards(db: DataSource): NestedSpec<Commendation> {
  return {
    ...publicAwardList,
    defaultOrder: [{ field: 'AWARD_RANK', direction: OrderDirection.DESC }],
    name: 'PublicDecision.awards',
    parentExpr: 'c.decision_id',
    query: () => publicAwardQuery(db),
    parentOf: (c) => c.decisionId!,
  };
}
