import type { DataSource } from 'typeorm';
import type { OperationDefinitionNode, SelectionSetNode, FragmentDefinitionNode, DocumentNode } from 'graphql';
import type { BucketCharge } from './rate-limit.js';

/**
 * The anonymous public lookup's leaky buckets, one per client address in `anonymous_rate_bucket`,
 * so every server instance shares them (like the tokens' buckets and the sign-in throttle). The
 * INSERT … ON CONFLICT is the decision: PostgreSQL re-checks the WHERE of the update on the newest
 * row version, so concurrent requests of one address are charged one after the other; a refused
 * charge writes nothing. Capacity and rate are settings (PUBLIC_LOOKUP_RATE_*), given per call.
 */
const LEAKED = 'GREATEST(0, b.bucket_level - GREATEST(0, EXTRACT(EPOCH FROM now() - b.bucket_at)) * $4::float8)';

const CHARGE_SQL = `
INSERT INTO anonymous_rate_bucket AS b (address, bucket_level, bucket_at)
VALUES ($1, $2::float8, now())
ON CONFLICT (address) DO UPDATE
   SET bucket_level = ${LEAKED} + $2::float8,
       bucket_at = GREATEST(b.bucket_at, now())
 WHERE ${LEAKED} + $2::float8 <= $3::float8
RETURNING bucket_level AS "level"`;

const LEVEL_SQL = `SELECT ${LEAKED.replaceAll('$4', '$2')}::float8 AS "level" FROM anonymous_rate_bucket b WHERE b.address = $1`;

export interface AddressBucket {
  capacity: number;
  perSecond: number;
}

/** Adds `cost` to the address's bucket if it fits; the bucket's level either way. */
export async function chargeAddress(db: DataSource, address: string, cost: number, bucket: AddressBucket): Promise<BucketCharge> {
  const charged: { level: number }[] = await db.query(CHARGE_SQL, [address, cost, bucket.capacity, bucket.perSecond]);
  if (charged[0]) return { charged: true, level: charged[0].level, ...bucket };
  const rows: { level: number }[] = await db.query(LEVEL_SQL, [address, bucket.perSecond]);
  return { charged: false, level: rows[0]?.level ?? bucket.capacity, ...bucket };
}

/** Root fields of the public lookup: the operations an anonymous caller is charged for. */
export const isPublicLookupField = (name: string) => name.startsWith('public');

/** Whether the operation asks for a public lookup root field (directly or through fragments). */
export function asksPublicLookup(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d.selectionSet]),
  );
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): boolean =>
    set.selections.some((selection) => {
      if (selection.kind === 'Field') return isPublicLookupField(selection.name.value);
      if (selection.kind === 'InlineFragment') return walk(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name) || !fragments.has(name)) return false;
      seen.add(name);
      return walk(fragments.get(name)!);
    });
  return walk(operation.selectionSet);
}
