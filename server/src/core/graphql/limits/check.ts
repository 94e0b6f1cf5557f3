import type { DocumentNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { collectFields, everyFragment } from './collect.js';
import type { ApiToken } from '../../../modules/api-token/entities.js';
import type { QueryLimits } from './limits.js';
import {
  aliasLimitExceeded,
  costLimitExceeded,
  depthLimitExceeded,
  introspectionDisabled,
  passwordChangeRequired,
  untrustedOperation,
} from './limit-errors.js';
import { measureOperation, type Measure } from './measure.js';
import { inputRefusal } from './input.js';
import { dateRefusal } from './dates.js';

/** Field positions the cost walk may visit before it gives up (fragments can expand exponentially). */
const WALK_BUDGET = 100_000;

/** The most one caller may request in one operation: the server's limit, or less for a token whose bucket is smaller. */
export const costLimitFor = (limits: QueryLimits, token: ApiToken | null) => (token ? Math.min(limits.maxCost, token.rateCapacity) : limits.maxCost);

export interface OperationCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  /** SHA-256 of the query text (an APQ hash is the same), for a token's trusted operations. */
  queryHash: string;
  limits: QueryLimits;
  token: ApiToken | null;
  /** Introspection is refused to this caller (anonymous, in production). */
  refuseIntrospection: boolean;
  /** The caller is on a one-time password: only changing it, signing out and reading who they are run. */
  mustChangePassword?: boolean;
}

/** What a user on a one-time password may still do. */
const WHILE_PASSWORD_CHANGE = new Set(['changePassword', 'logout', 'viewer', 'apiLimits', '__typename']);

/** The root fields an operation asks for, as execution sees them (fragments expanded, @skip/@include honoured). */
export function rootFields(check: Pick<OperationCheck, 'document' | 'operation' | 'variables'>): string[] {
  const fragments = Object.fromEntries(
    check.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  const fields = collectFields({ fragments, variables: check.variables ?? {} }, [check.operation.selectionSet], everyFragment);
  return [...fields.values()].map(([field]) => field!.name.value);
}

/**
 * The static checks an operation passes before it runs, over HTTP (limits.plugin.ts) and over
 * the WebSocket (core/live/ws.ts) alike, in this order: a token's trusted operations, the text
 * and nesting of the input (input.ts) and its dates (dates.ts), introspection, depth, aliases, cost. Returns the measure (null when refused before measuring)
 * and the first refusal, if any.
 */
export function checkOperation(check: OperationCheck): { measure: Measure | null; refusal: GraphQLError | null } {
  const { token, queryHash, limits } = check;
  if (check.mustChangePassword && rootFields(check).some((f) => !WHILE_PASSWORD_CHANGE.has(f))) {
    return { measure: null, refusal: passwordChangeRequired() };
  }
  if (token?.trustedOperations?.length && !token.trustedOperations.includes(queryHash)) return { measure: null, refusal: untrustedOperation(queryHash) };
  const badInput = inputRefusal(check.document, check.variables) ?? dateRefusal(check.schema, check.document, check.operation, check.variables);
  if (badInput) return { measure: null, refusal: badInput };
  const measure = measureOperation(check.schema, check.document, check.operation, check.variables, Math.max(WALK_BUDGET, limits.maxCost));
  const limit = costLimitFor(limits, token);
  const refusal =
    measure.introspection && check.refuseIntrospection
      ? introspectionDisabled()
      : measure.depth > limits.maxDepth
        ? depthLimitExceeded(measure.depth, limits.maxDepth)
        : measure.aliases > limits.maxAliases
          ? aliasLimitExceeded(measure.aliases, limits.maxAliases)
          : !measure.complete || measure.cost > limit
            ? costLimitExceeded(measure.cost, limit, !measure.complete)
            : null;
  return { measure, refusal };
}
