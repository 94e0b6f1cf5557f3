import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../core/errors.js';
import type { ConnectionData } from '../../core/graphql/connection.js';
import { decodeIdOf, toGlobalId } from '../../core/graphql/global-id.js';
import { paginate, type ListSpec } from '../../core/graphql/list.js';
import type { Loaders } from '../../core/graphql/loaders.js';
import { nestedConnection } from '../../core/graphql/nested.js';
import { Commendation } from '../commendation/entities.js';
import { Decision } from '../decision/entities.js';
import type { PublicAwardsArgs, PublicDecisionAwardsArgs, PublicDecisionsArgs } from './public-lookup.inputs.js';
import { nestedPublicAwards, PUBLISHED, publicAwardList, publicAwardQuery, publicDecisionList, publicDecisionQuery } from './public-lookup.list.js';
import { PublicAward, PublicDecision, PublicRevocation, type PublicFacets } from './public-lookup.types.js';

/** The recipient as the decision names them, and the line under the name (a person's position and unit, a household's area). */
export interface PublicRecipient {
  name: string;
  line: string | null;
}

export function toPublicDecision(decision: Decision): PublicDecision {
  return Object.assign(new PublicDecision(), {
    id: toGlobalId(Decision.name, decision.id),
    rowId: decision.id,
    number: decision.number,
    issuedOn: decision.issuedOn,
    issuer: decision.issuer,
    issuerLevel: decision.issuerLevel,
    signer: decision.signer,
    signerTitle: decision.signerTitle,
    subject: decision.subject,
    publishedOn: decision.publishedOn!,
  });
}

/** A commendation as the public sees it; its decision and award type are joined by `publicAwardQuery`. */
export function toPublicAward(c: Commendation): PublicAward {
  const revokingPublished = c.revocationDecision?.publishedOn != null;
  const revoked = c.status === 'REVOKED' || c.revokedOn != null;
  return Object.assign(new PublicAward(), {
    id: toGlobalId(Commendation.name, c.id),
    rowId: c.id,
    recipientKind: c.subjectKind,
    year: c.year,
    awardName: c.awardType.nameVi,
    awardNameEn: c.awardType.nameEn,
    awardLevel: c.awardType.level,
    awardCategory: c.awardType.category,
    achievement: c.achievement,
    decision: toPublicDecision(c.decision!),
    revocation: revoked
      ? Object.assign(new PublicRevocation(), {
          revokedOn: c.revokedOn,
          reason: revokingPublished ? c.revocationReason : null,
          decision: revokingPublished ? toPublicDecision(c.revocationDecision!) : null,
        })
      : null,
  });
}

const mapNodes = <T, R>(data: ConnectionData<T>, map: (row: T) => R): ConnectionData<R> => ({ ...data, nodes: data.nodes.map(map) });

/**
 * The list engine's filter for the arguments named as the list's fields, each an equality (bound
 * parameters, no SQL from the caller): the public lookup's arguments are its filter, flattened.
 */
function filterOf<T>(spec: ListSpec<T>, args: object): Record<string, { eq: unknown }> {
  const given = args as Record<string, unknown>;
  return Object.fromEntries(Object.keys(spec.fields).flatMap((field) => (given[field] == null ? [] : [[field, { eq: given[field] }]])));
}

/**
 * The public lookup: published decisions and the awards they grant, for anyone, signed in or
 * not — which is why no method asks the policy. What it answers is public by construction: every
 * query starts from `published_on IS NOT NULL`, and the types carry only what a decision states.
 */
export class PublicLookupService {
  constructor(private readonly db: DataSource) {}

  async decisions(args: PublicDecisionsArgs): Promise<ConnectionData<PublicDecision>> {
    const filter = filterOf(publicDecisionList, args);
    return mapNodes(await paginate(publicDecisionQuery(this.db), publicDecisionList, { ...args, filter }), toPublicDecision);
  }

  async decision(id: string): Promise<PublicDecision> {
    const rowId = decodeIdOf(Decision.name, id);
    const found = rowId ? await publicDecisionQuery(this.db).andWhere('d.id = :rowId', { rowId }).getOne() : null;
    if (!found) throw new NotFoundError('Không tìm thấy quyết định đã công bố với mã này. / No published decision has this id.');
    return toPublicDecision(found);
  }

  async awards(args: PublicAwardsArgs): Promise<ConnectionData<PublicAward>> {
    const filter = filterOf(publicAwardList, args);
    return mapNodes(await paginate(publicAwardQuery(this.db), publicAwardList, { ...args, filter }), toPublicAward);
  }

  async award(id: string): Promise<PublicAward> {
    const rowId = decodeIdOf(Commendation.name, id);
    const found = rowId ? await publicAwardQuery(this.db).andWhere('c.id = :rowId', { rowId }).getOne() : null;
    if (!found) throw new NotFoundError('Không tìm thấy khen thưởng đã công bố với mã này. / No published award has this id.');
    return toPublicAward(found);
  }

  /** A published decision's awards: one statement for every decision of the request. */
  async awardsOf(loaders: Loaders, decision: PublicDecision, args: PublicDecisionAwardsArgs): Promise<ConnectionData<PublicAward>> {
    return mapNodes(await nestedConnection(loaders, nestedPublicAwards(this.db), decision.rowId, args), toPublicAward);
  }

  /** Names and lines of the recipients of many awards in one statement. */
  recipient(loaders: Loaders, award: PublicAward): Promise<PublicRecipient> {
    return loaders
      .get<string, PublicRecipient>('PublicAward.recipient', async (ids) => {
        const rows: { id: string; name: string; line: string | null }[] = await this.db.query(RECIPIENTS_SQL, [[...ids]]);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? new NotFoundError('Không tìm thấy đối tượng được khen thưởng.'));
      })
      .load(award.rowId);
  }

  async facets(): Promise<PublicFacets> {
    const [issuers, years]: [{ issuer: string }[], { year: number }[]] = await Promise.all([
      this.db.query(`SELECT DISTINCT issuer FROM decision d WHERE ${PUBLISHED('d')} ORDER BY issuer`),
      this.db.query(
        `SELECT DISTINCT c.year FROM commendation c JOIN decision d ON d.id = c.decision_id WHERE ${PUBLISHED('d')}
         UNION SELECT EXTRACT(YEAR FROM d.issued_on)::int FROM decision d WHERE ${PUBLISHED('d')} AND d.issued_on IS NOT NULL
         ORDER BY 1 DESC`,
      ),
    ]);
    return { issuers: issuers.map((row) => row.issuer), years: years.map((row) => Number(row.year)) };
  }
}

/**
 * The recipient as a decision names them: a unit's name; a person's name with the position and
 * unit of their affiliation in the award's year (the latest one begun by its end); a household's
 * name and area. Nothing else of the person (birth year, gender, notes) is read.
 */
const RECIPIENTS_SQL = `
SELECT c.id,
       COALESCE(u.name, p.full_name, h.name) AS name,
       CASE
         WHEN c.person_id IS NOT NULL THEN (
           SELECT NULLIF(concat_ws(', ', pa.position, au.name), '')
             FROM person_affiliation pa JOIN unit au ON au.id = pa.unit_id
            WHERE pa.person_id = c.person_id
              AND (pa.started_on IS NULL OR pa.started_on <= make_date(c.year, 12, 31))
              AND (pa.ended_on IS NULL OR pa.ended_on >= make_date(c.year, 1, 1))
            ORDER BY pa.started_on DESC NULLS LAST, pa.id
            LIMIT 1)
         WHEN c.household_id IS NOT NULL THEN h.area
       END AS line
  FROM commendation c
  LEFT JOIN unit u ON u.id = c.unit_id
  LEFT JOIN person p ON p.id = c.person_id
  LEFT JOIN household h ON h.id = c.household_id
 WHERE c.id = ANY($1::uuid[])`;
