import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Unit } from '../unit/entities.js';
import { BlocLeader } from './bloc-leader.entity.js';
import { BlocMembership } from './bloc-membership.entity.js';
import { BlocYearRole } from './bloc-year-role.entity.js';
import { leadershipsOfUnit, membershipsOfUnit, yearRolesOfUnit } from './bloc.loaders.js';

/** The bloc side of a unit: which blocs it belonged to, headed and led. */
@Resolver(() => Unit)
export class UnitBlocResolver {
  @FieldResolver(() => [BlocMembership], { description: 'Tư cách thành viên các khối qua các năm (bloc memberships), theo năm bắt đầu rồi tên khối.' })
  blocMemberships(@Root() unit: Unit, @Ctx() ctx: Context) {
    return membershipsOfUnit(ctx.loaders, unit.id);
  }

  @FieldResolver(() => [BlocYearRole], { description: 'Các năm làm trưởng khối, phó khối (bloc roles), năm mới nhất trước.' })
  blocRoles(
    @Root() unit: Unit,
    @Arg('year', () => Int, { nullable: true, description: 'Chỉ năm này (year); trống là mọi năm.' }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    return yearRolesOfUnit(ctx.loaders, unit.id, year);
  }

  @FieldResolver(() => [BlocLeader], { description: 'Các năm dẫn đầu khối (led blocs), năm mới nhất trước.' })
  ledBlocs(@Root() unit: Unit, @Ctx() ctx: Context) {
    return leadershipsOfUnit(ctx.loaders, unit.id);
  }
}
