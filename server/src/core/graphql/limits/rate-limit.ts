import type { DataSource } from 'typeorm';
import type { ApiToken } from '../../../modules/api-token/entities.js';

/** The bucket of one API token after trying to add a request's cost to it. */
export interface BucketCharge {
  /** The cost was added: the request may run. */
  charged: boolean;
  /** Points in the bucket now (after the charge, or before the refused one), after leaking. */
  level: number;
  capacity: number;
  perSecond: number;
}

/**
 * SQL of a bucket's level after leaking since its last request, from the `bucket_level` and
 * `bucket_at` columns of `row` (a table alias, or none) at `perSecond` (a column or a parameter);
 * GREATEST(0, …) also absorbs a racing request's later timestamp. Every leaky bucket uses it.
 */
export const leakedLevel = (perSecond: string, row?: string) => {
  const column = (name: string) => (row ? `${row}.${name}` : name);
  return `GREATEST(0, ${column('bucket_level')} - GREATEST(0, EXTRACT(EPOCH FROM now() - ${column('bucket_at')})) * ${perSecond})`;
};

const LEAKED = leakedLevel('rate_per_second');

/**
 * Leaky bucket per token, kept on its row so that every server instance shares it. The UPDATE is
 * the decision: PostgreSQL re-checks its WHERE on the newest row version, so concurrent requests
 * are charged one after the other and cannot overdraw. The outer SELECT reads the level the
 * statement started from, to say when a refused request may retry. One statement, no transaction.
 */
const CHARGE_SQL = `
WITH charged AS (
  UPDATE api_token
     SET bucket_level = ${LEAKED} + $2::float8,
         bucket_at = GREATEST(bucket_at, now()),
         last_used_at = now()
   WHERE id = $1 AND ${LEAKED} + $2::float8 <= rate_capacity
  RETURNING bucket_level
)
SELECT (SELECT bucket_level FROM charged) AS "chargedLevel",
       ${LEAKED}::float8 AS "level",
       rate_capacity AS "capacity",
       rate_per_second AS "perSecond"
  FROM api_token
 WHERE id = $1`;

/** What a charge statement answers: the level it charged to (null when refused) and the level it started from. */
export interface ChargeRow {
  chargedLevel: number | null;
  level: number;
}

/** The bucket after a charge statement: the charged level, or the level that refused it. */
export function chargeOf(row: ChargeRow, bucket: Pick<BucketCharge, 'capacity' | 'perSecond'>): BucketCharge {
  const charged = row.chargedLevel !== null;
  return { charged, level: charged ? row.chargedLevel! : row.level, capacity: bucket.capacity, perSecond: bucket.perSecond };
}

export async function chargeBucket(db: DataSource, tokenId: string, cost: number): Promise<BucketCharge | null> {
  const rows: (ChargeRow & { capacity: number; perSecond: number })[] = await db.query(CHARGE_SQL, [tokenId, cost]);
  return rows[0] ? chargeOf(rows[0], rows[0]) : null;
}

/** Whole points left in a bucket. */
export function remainingIn(bucket: Pick<BucketCharge, 'level' | 'capacity'>): number {
  return Math.max(0, Math.floor(bucket.capacity - bucket.level));
}

/** Seconds until a refused request of this cost would fit. */
export function retryAfter(bucket: BucketCharge, cost: number): number {
  return Math.max(1, Math.ceil((bucket.level + cost - bucket.capacity) / bucket.perSecond));
}

/** The bucket as loaded when the token was authenticated, leaked up to now (for responses refused before the charge). */
export function bucketOf(token: ApiToken, now = Date.now()): Pick<BucketCharge, 'level' | 'capacity'> {
  const elapsed = Math.max(0, (now - token.bucketAt.getTime()) / 1000);
  return { level: Math.max(0, token.bucketLevel - elapsed * token.ratePerSecond), capacity: token.rateCapacity };
}
