import type { NonEmptyArray } from 'type-graphql';
import { NodeResolver } from '../core/graphql/node.resolver.js';
import { ApiLimitsResolver } from '../core/graphql/limits/api-limits.resolver.js';
import { features } from './features.js';

/** Every resolver class of the API; each feature lists its own in its index.ts. */
export const resolvers: NonEmptyArray<Function> = [NodeResolver, ApiLimitsResolver, ...features.flatMap((feature) => feature.resolvers)];
