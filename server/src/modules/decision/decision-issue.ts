import type { EntityManager } from 'typeorm';
import type { Problems } from '../../core/errors.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { Decision } from './decision.entity.js';
import { normalizeText } from './decision.service.js';

export type IssuedDecision = Pick<Decision, 'number' | 'issuedOn' | 'issuer' | 'issuerLevel' | 'signer' | 'subject'>;

/**
 * Saves a decision inside the caller's transaction (an approval that also records its awards). A
 * number the issuer already used is a DUPLICATE at `numberField`, naming the existing decision.
 */
export async function issueDecision(em: EntityManager, fields: IssuedDecision, numberField: string, problems: Problems): Promise<Decision> {
  const decision = em.create(Decision, {
    ...fields,
    number: fields.number ? normalizeText(fields.number) : null,
    issuer: normalizeText(fields.issuer),
    signer: fields.signer ? normalizeText(fields.signer) || null : null,
    signerTitle: null,
    note: null,
  });
  if (!decision.issuer) problems.add('issuer', 'REQUIRED');
  if (decision.number && decision.issuer) {
    const same = await em.findOneBy(Decision, { issuer: decision.issuer, number: decision.number });
    if (same) problems.add(numberField, 'DUPLICATE', `Cơ quan ban hành này đã có quyết định số ${decision.number}.`, toGlobalId(Decision.name, same.id));
  }
  problems.throwIfAny();
  return em.save(decision);
}

type ForeignKey = { tbl: string; col: string };

/** The foreign keys to `decision`, read from the catalogue once per process (the schema does not change while it runs). */
let decisionRefs: Promise<ForeignKey[]> | null = null;

function foreignKeysToDecision(em: EntityManager): Promise<ForeignKey[]> {
  decisionRefs ??= em
    .query(
      `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'decision'::regclass`,
    )
    .catch((error: unknown) => {
      decisionRefs = null;
      throw error;
    });
  return decisionRefs;
}

/** Whether any record cites the decision (through every foreign key to it, read from the catalogue), in one statement. */
export async function decisionInUse(em: EntityManager, decisionId: string): Promise<boolean> {
  const refs = await foreignKeysToDecision(em);
  if (!refs.length) return false;
  const exists = refs.map(({ tbl, col }) => `EXISTS (SELECT 1 FROM ${tbl} WHERE "${col}" = $1)`).join(' OR ');
  const [{ used }] = await em.query(`SELECT ${exists} AS used`, [decisionId]);
  return used;
}
