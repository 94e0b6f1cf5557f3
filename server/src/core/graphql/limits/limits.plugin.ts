import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';
import { actualCost } from './actual.js';
import type { CostExtension, QueryLimits } from './limits.js';
import { addressRateLimited, costLimitExceeded, rateLimited, untrustedOperation } from './limit-errors.js';
import { asksPublicLookup, chargeAddress } from './address-rate-limit.js';
import { checkOperation, costLimitFor } from './check.js';
import { bucketOf, chargeBucket, remainingIn, retryAfter } from './rate-limit.js';
import { UnauthenticatedError } from '../../auth/policy.js';
import { unauthenticated } from '../../http/authenticate.js';

/**
 * Guards every operation before it runs, once Apollo has parsed and validated it (an error
 * thrown from an earlier hook would become a 500), in this order: a token's trusted operations,
 * introspection for anonymous callers in production, depth, aliases, cost, then the token's
 * leaky bucket — or, for an anonymous caller of the public lookup, its address's bucket
 * (address-rate-limit.ts). A refusal runs no resolver. Every response then reports `extensions.cost`
 * (see CostExtension). Sessions are not rate limited: officers are few and known, and the static
 * limits already bound each of their requests.
 */
export function limitsPlugin(limits: QueryLimits, production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const { actor, token, db, address } = contextValue;
      let limit = costLimitFor(limits, token);
      let requested = 0;
      let remaining = token ? remainingIn(bucketOf(token)) : null;
      return {
        async didResolveOperation({ schema, document, operation, request, queryHash }) {
          // An APQ hash is the SHA-256 of the same text, so hash-only requests are checked alike.
          if (!operation) {
            if (token?.trustedOperations?.length && !token.trustedOperations.includes(queryHash)) throw untrustedOperation(queryHash);
            return;
          }
          const { measure, refusal } = checkOperation({
            schema,
            document,
            operation,
            variables: request.variables,
            queryHash,
            limits,
            token,
            refuseIntrospection: production && actor.kind === 'ANONYMOUS',
            mustChangePassword: actor.mustChangePassword === true,
          });
          requested = measure?.cost ?? 0;
          if (refusal) throw refusal;
          if (!token && actor.kind === 'ANONYMOUS' && address && asksPublicLookup(document, operation, request.variables)) {
            const bucket = limits.anonymous;
            limit = Math.min(limit, bucket.capacity);
            if (requested > bucket.capacity) throw costLimitExceeded(requested, bucket.capacity);
            const charge = await chargeAddress(db, address, requested, bucket);
            remaining = remainingIn(charge);
            if (!charge.charged) throw addressRateLimited(requested, remaining, retryAfter(charge, requested));
            return;
          }
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
