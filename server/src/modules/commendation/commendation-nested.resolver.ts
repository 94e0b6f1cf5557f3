import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { toConnection } from '../../core/graphql/connection.js';
import { nestedConnection } from '../../core/graphql/nested.js';
import { AwardType } from '../award-type/entities.js';
import { Bloc } from '../bloc/entities.js';
import { Decision } from '../decision/entities.js';
import { Household } from '../household/entities.js';
import { Movement } from '../movement/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { NestedCommendationsArgs } from './commendation-filter.inputs.js';
import { nestedCommendations } from './commendation.list.js';
import { CommendationConnection } from './commendation.resolver.js';

type Column = Parameters<typeof nestedCommendations>[2];

/** One batched page per request for every parent in it (see `nestedConnection`). */
async function commendationsOf(ctx: Context, parent: string, column: Column, parentId: string, args: NestedCommendationsArgs) {
  return toConnection(CommendationConnection, await nestedConnection(ctx.loaders, nestedCommendations(ctx.db, parent, column), parentId, args));
}

const doc = (what: string) => `Khen thưởng ${what} (commendations): lọc, phân trang first/after; mặc định năm giảm dần.`;

@Resolver(() => Unit)
export class UnitCommendationsResolver {
  @FieldResolver(() => CommendationConnection, { description: doc('tặng đơn vị này (khen tập thể)') })
  commendations(@Root() unit: Unit, @Args() args: NestedCommendationsArgs, @Ctx() ctx: Context) {
    return commendationsOf(ctx, 'Unit', 'unitId', unit.id, args);
  }
}

@Resolver(() => Person)
export class PersonCommendationsResolver {
  @FieldResolver(() => CommendationConnection, { description: doc('tặng cá nhân này') })
  commendations(@Root() person: Person, @Args() args: NestedCommendationsArgs, @Ctx() ctx: Context) {
    return commendationsOf(ctx, 'Person', 'personId', person.id, args);
  }
}

@Resolver(() => Household)
export class HouseholdCommendationsResolver {
  @FieldResolver(() => CommendationConnection, { description: doc('tặng hộ gia đình này') })
  commendations(@Root() household: Household, @Args() args: NestedCommendationsArgs, @Ctx() ctx: Context) {
    return commendationsOf(ctx, 'Household', 'householdId', household.id, args);
  }
}

@Resolver(() => AwardType)
export class AwardTypeCommendationsResolver {
  @FieldResolver(() => CommendationConnection, { description: doc('theo danh hiệu, hình thức này') })
  commendations(@Root() awardType: AwardType, @Args() args: NestedCommendationsArgs, @Ctx() ctx: Context) {
    return commendationsOf(ctx, 'AwardType', 'awardTypeId', awardType.id, args);
  }
}

@Resolver(() => Decision)
export class DecisionCommendationsResolver {
  @FieldResolver(() => CommendationConnection, { description: doc('theo quyết định này') })
  commendations(@Root() decision: Decision, @Args() args: NestedCommendationsArgs, @Ctx() ctx: Context) {
    return commendationsOf(ctx, 'Decision', 'decisionId', decision.id, args);
  }
}

@Resolver(() => Bloc)
export class BlocCommendationsResolver {
  @FieldResolver(() => CommendationConnection, { description: doc('được ghi nhận gắn với khối, cụm này (bình xét trong khối)') })
  commendations(@Root() bloc: Bloc, @Args() args: NestedCommendationsArgs, @Ctx() ctx: Context) {
    return commendationsOf(ctx, 'Bloc', 'blocId', bloc.id, args);
  }
}

@Resolver(() => Movement)
export class MovementCommendationsResolver {
  @FieldResolver(() => CommendationConnection, { description: doc('trong phong trào này') })
  commendations(@Root() movement: Movement, @Args() args: NestedCommendationsArgs, @Ctx() ctx: Context) {
    return commendationsOf(ctx, 'Movement', 'movementId', movement.id, args);
  }
}

export const nestedCommendationResolvers = [
  UnitCommendationsResolver,
  PersonCommendationsResolver,
  HouseholdCommendationsResolver,
  AwardTypeCommendationsResolver,
  DecisionCommendationsResolver,
  BlocCommendationsResolver,
  MovementCommendationsResolver,
];
