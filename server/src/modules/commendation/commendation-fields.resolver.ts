import { createUnionType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { AwardType } from '../award-type/entities.js';
import { Bloc } from '../bloc/entities.js';
import { Decision } from '../decision/entities.js';
import { Event } from '../event/entities.js';
import { Household } from '../household/entities.js';
import { Movement } from '../movement/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { Commendation } from './commendation.entity.js';

export const CommendationSubject = createUnionType({
  name: 'CommendationSubject',
  description: 'Đối tượng được khen (commendation subject): đơn vị (tập thể), cá nhân hoặc hộ gia đình.',
  types: () => [Unit, Person, Household] as const,
  resolveType: (value) => value.constructor.name,
});

/** Relations of a commendation, each through a per-request loader. */
@Resolver(() => Commendation)
export class CommendationFieldsResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị được khen, khi là khen tập thể (unit).' })
  unit(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, c.unitId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Cá nhân được khen (person).' })
  person(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Person, c.personId);
  }

  @FieldResolver(() => Household, { nullable: true, description: 'Hộ gia đình được khen (household).' })
  household(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Household, c.householdId);
  }

  @FieldResolver(() => CommendationSubject, { description: 'Đối tượng được khen, bất kể loại (subject).' })
  subject(@Root() c: Commendation, @Ctx() ctx: Context) {
    if (c.unitId) return ctx.loaders.byId(Unit).load(c.unitId);
    if (c.personId) return ctx.loaders.byId(Person).load(c.personId);
    return ctx.loaders.byId(Household).load(c.householdId!);
  }

  @FieldResolver(() => AwardType, { description: 'Danh hiệu, hình thức khen thưởng (award type).' })
  awardType(@Root() c: Commendation, @Ctx() ctx: Context) {
    // List queries join the award type already; single reads go through the loader.
    return c.awardType ?? ctx.loaders.byId(AwardType).load(c.awardTypeId);
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'Quyết định khen thưởng (decision).' })
  decision(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Decision, c.decisionId);
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'Quyết định thu hồi (revocation decision), khi đã thu hồi theo quyết định.' })
  revocationDecision(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Decision, c.revocationDecisionId);
  }

  @FieldResolver(() => Bloc, { nullable: true, description: 'Khối, cụm thi đua nơi bình xét (bloc).' })
  bloc(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Bloc, c.blocId);
  }

  @FieldResolver(() => Movement, { nullable: true, description: 'Phong trào thi đua (movement).' })
  movement(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Movement, c.movementId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'Hội nghị trao tặng (presented at).' })
  presentedAt(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Event, c.presentedAtId);
  }
}
