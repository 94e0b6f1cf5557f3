import type { NonEmptyArray } from 'type-graphql';
import { NodeResolver } from '../core/graphql/node.resolver.js';
import { UnitLineageResolver, UnitResolver } from './unit/unit.resolver.js';

/** Every resolver class of the API. */
export const resolvers: NonEmptyArray<Function> = [NodeResolver, UnitResolver, UnitLineageResolver];
