import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';
import { actualCost } from './actual.js';
import type { CostExtension, QueryLimits } from './limits.js';
import { aliasLimitExceeded, costLimitExceeded, depthLimitExceeded, introspectionDisabled, rateLimited, untrustedOperation } from './limit-errors.js';
import { measureOperation } from './measure.js';
import { bucketOf, chargeBucket, remainingIn, retryAfter } from './rate-limit.js';
import { UnauthenticatedError } from '../../auth/policy.js';
import { unauthenticated } from '../../http/authenticate.js';

/** Field positions the cost walk may visit before it gives up (fragments can expand exponentially). */
const WALK_BUDGET = 100_000;

/**
 * Guards every operation before it runs, once Apollo has parsed and validated it (an error
 * thrown from an earlier hook would become a 500), in this order: a token's trusted operations,
 * introspection for anonymous callers in production, depth, aliases, cost, then the token's
 * leaky bucket. A refusal runs no resolver. Every response then reports `extensions.cost` (see
 * CostExtension). Sessions are not rate limited: officers are few and known, and the static
 * limits already bound each of their requests.
 */
export function limitsPlugin(limits: QueryLimits, production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const { actor, token, db } = contextValue;
      const limit = token ? Math.min(limits.maxCost, token.rateCapacity) : limits.maxCost;
      let requested = 0;
      let remaining = token ? remainingIn(bucketOf(token)) : null;
      return {
        async didResolveOperation({ schema, document, operation, request, queryHash }) {
          // An APQ hash is the SHA-256 of the same text, so hash-only requests are checked alike.
          if (token?.trustedOperations?.length && !token.trustedOperations.includes(queryHash)) throw untrustedOperation(queryHash);
          if (!operation) return;
          const measure = measureOperation(schema, document, operation, request.variables, Math.max(WALK_BUDGET, limits.maxCost));
          requested = measure.cost;
          if (measure.introspection && production && actor.kind === 'ANONYMOUS') throw introspectionDisabled();
          if (measure.depth > limits.maxDepth) throw depthLimitExceeded(measure.depth, limits.maxDepth);
          if (measure.aliases > limits.maxAliases) throw aliasLimitExceeded(measure.aliases, limits.maxAliases);
          if (!measure.complete) throw costLimitExceeded(measure.cost, limit, true);
          if (measure.cost > limit) throw costLimitExceeded(measure.cost, limit);
          if (!token) return;
          const bucket = await chargeBucket(db, token.id, requested);
          if (!bucket) unauthenticated(new UnauthenticatedError());
          remaining = remainingIn(bucket);
          if (!bucket.charged) throw rateLimited(requested, remaining, retryAfter(bucket, requested));
        },

        async willSendResponse({ response, document, operation }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const cost: CostExtension = { requested, actual: actualCost(document, operation, result.data), limit, remaining };
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
