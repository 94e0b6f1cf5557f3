import type { NonEmptyArray } from 'type-graphql';
import { NodeResolver } from '../core/graphql/node.resolver.js';
import { ApiLimitsResolver } from '../core/graphql/limits/api-limits.resolver.js';
import { awardTypeResolvers } from './award-type/index.js';
import { blocResolvers } from './bloc/index.js';
import { commendationResolvers } from './commendation/index.js';
import { covenantResolvers } from './covenant/index.js';
import { ballotResolvers } from './ballot/index.js';
import { decisionResolvers } from './decision/index.js';
import { eventResolvers } from './event/index.js';
import { householdResolvers } from './household/index.js';
import { movementResolvers } from './movement/index.js';
import { personResolvers } from './person/index.js';
import { unitResolvers } from './unit/index.js';
import { userResolvers } from './user/index.js';
import { apiTokenResolvers } from './api-token/index.js';
import { historyResolvers } from './history/index.js';
import { commentResolvers } from './comment/index.js';
import { presenceResolvers } from './presence/index.js';

/** Every resolver class of the API; each feature folder lists its own in its index.ts. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ApiLimitsResolver,
  ...unitResolvers,
  ...personResolvers,
  ...householdResolvers,
  ...decisionResolvers,
  ...eventResolvers,
  ...blocResolvers,
  ...movementResolvers,
  ...covenantResolvers,
  ...ballotResolvers,
  ...awardTypeResolvers,
  ...commendationResolvers,
  ...userResolvers,
  ...apiTokenResolvers,
  ...historyResolvers,
  ...commentResolvers,
  ...presenceResolvers,
];
