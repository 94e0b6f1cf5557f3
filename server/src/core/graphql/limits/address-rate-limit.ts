import type { DataSource } from 'typeorm';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { rootFields } from './check.js';
import { chargeOf, leakedLevel, type BucketCharge, type ChargeRow } from './rate-limit.js';

/**
 * The anonymous public lookup's leaky buckets, one per client address in `anonymous_rate_bucket`,
 * so every server instance shares them: the tokens' buckets (rate-limit.ts), with the same
 * leaking, kept in rows of their own. The INSERT … ON CONFLICT is the decision: PostgreSQL
 * re-checks the WHERE of the update on the newest row version, so concurrent requests of one
 * address are charged one after the other; a refused charge writes nothing. The outer SELECT
 * reads the level the statement started from, to say when a refused request may retry.
 * Capacity and rate are settings (PUBLIC_LOOKUP_RATE_*), given per call.
 */
const LEAKED = leakedLevel('$3::float8', 'b');

const CHARGE_SQL = `
WITH charged AS (
  INSERT INTO anonymous_rate_bucket AS b (address, bucket_level, bucket_at)
  VALUES ($1, $2::float8, now())
  ON CONFLICT (address) DO UPDATE
     SET bucket_level = ${LEAKED} + $2::float8,
         bucket_at = GREATEST(b.bucket_at, now())
   WHERE ${LEAKED} + $2::float8 <= $4::float8
  RETURNING bucket_level
)
SELECT (SELECT bucket_level FROM charged) AS "chargedLevel",
       (SELECT ${LEAKED}::float8 FROM anonymous_rate_bucket b WHERE b.address = $1) AS "level"`;

export interface AddressBucket {
  capacity: number;
  perSecond: number;
}

/** Adds `cost` to the address's bucket if it fits; the bucket's level either way. One statement. */
export async function chargeAddress(db: DataSource, address: string, cost: number, bucket: AddressBucket): Promise<BucketCharge> {
  const [row]: (Omit<ChargeRow, 'level'> & { level: number | null })[] = await db.query(CHARGE_SQL, [address, cost, bucket.perSecond, bucket.capacity]);
  return chargeOf({ chargedLevel: row!.chargedLevel, level: row!.level ?? bucket.capacity }, bucket);
}

/** Root fields of the public lookup: the operations an anonymous caller is charged for. */
const isPublicLookupField = (name: string) => name.startsWith('public');

/** Whether the query asks for a public lookup root field, as execution sees its root fields (check.ts). */
export function asksPublicLookup(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): boolean {
  return operation.operation === 'query' && rootFields({ document, operation, variables }).some(isPublicLookupField);
}
