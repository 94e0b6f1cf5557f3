import type { Config } from '../../config.js';

/** The static limits every operation must meet, whoever sends it (see README, "API limits"). */
export interface QueryLimits {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  /** The leaky bucket of each anonymous client address on the public lookup (shared by every instance). */
  anonymous: { capacity: number; perSecond: number };
}

export function queryLimits(
  config: Pick<Config, 'maxQueryCost' | 'maxQueryDepth' | 'maxQueryAliases' | 'publicLookupRateCapacity' | 'publicLookupRatePerSecond'>,
): QueryLimits {
  return {
    maxCost: config.maxQueryCost,
    maxDepth: config.maxQueryDepth,
    maxAliases: config.maxQueryAliases,
    anonymous: { capacity: config.publicLookupRateCapacity, perSecond: config.publicLookupRatePerSecond },
  };
}

/** What `extensions.cost` of every response holds. */
export interface CostExtension {
  /** The estimate computed before execution (0 when the request never got that far). */
  requested: number;
  /** One point per field value in the returned `data`. */
  actual: number;
  /** The most this caller may request in one operation: MAX_QUERY_COST, or less for a token whose bucket is smaller. */
  limit: number;
  /** Points left in the API token's bucket, or the anonymous address's on the public lookup, after this request; null for sessions and other requests (not rate limited). */
  remaining: number | null;
}
