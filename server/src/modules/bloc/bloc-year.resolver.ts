import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BlocRoleEnum } from '../../core/graphql/enums.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Unit } from '../unit/entities.js';
import { BlocLeader } from './bloc-leader.entity.js';
import { BlocMember } from './bloc-member.type.js';
import { BlocYearRole } from './bloc-year-role.entity.js';
import { ClearBlocLeaderInput, RecordBlocLeaderInput, SetBlocYearRolesInput } from './bloc-year.inputs.js';
import { Bloc } from './bloc.entity.js';
import { isLeading, rolesOfMember } from './bloc.loaders.js';

const SetBlocYearRolesPayload = Payload<Bloc>(
  'SetBlocYearRoles',
  'bloc',
  () => Bloc,
  'Kết quả đặt trưởng khối, phó khối của một năm (set bloc year roles payload).',
);
const BlocLeaderPayload = Payload<BlocLeader>('BlocLeader', 'leader', () => BlocLeader, 'Kết quả ghi nhận đơn vị dẫn đầu khối (bloc leader payload).');
const ClearBlocLeaderPayload = Payload<Bloc>('ClearBlocLeader', 'bloc', () => Bloc, 'Kết quả bỏ đơn vị dẫn đầu khối của một năm (clear bloc leader payload).');

@Resolver(() => BlocYearRole)
export class BlocYearRoleResolver {
  @PayloadMutation(
    () => SetBlocYearRolesPayload,
    'Đặt hoặc bỏ trưởng khối, phó khối của một năm (set bloc year roles); NOT_A_MEMBER nếu đơn vị không là thành viên năm đó, INVALID nếu trưởng và phó trùng nhau.',
  )
  setBlocYearRoles(@Arg('input', { description: 'Khối, năm và các đơn vị (input).' }) input: SetBlocYearRolesInput, @Ctx() ctx: Context) {
    return ctx.services.blocYears.setYearRoles(ctx.actor, input);
  }

  @FieldResolver(() => Bloc, { description: 'Khối, cụm (bloc).' })
  bloc(@Root() role: BlocYearRole, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Bloc).load(role.blocId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị giữ vai trò (unit).' })
  unit(@Root() role: BlocYearRole, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(role.unitId);
  }
}

@Resolver(() => BlocLeader)
export class BlocLeaderResolver {
  @PayloadMutation(
    () => BlocLeaderPayload,
    'Ghi nhận đơn vị dẫn đầu khối của một năm (record bloc leader), thay đơn vị đã ghi trước; NOT_A_MEMBER nếu đơn vị không là thành viên năm đó.',
  )
  recordBlocLeader(@Arg('input', { description: 'Khối, năm và đơn vị dẫn đầu (input).' }) input: RecordBlocLeaderInput, @Ctx() ctx: Context) {
    return ctx.services.blocYears.recordLeader(ctx.actor, input);
  }

  @PayloadMutation(() => ClearBlocLeaderPayload, 'Bỏ đơn vị dẫn đầu khối của một năm (clear bloc leader).')
  clearBlocLeader(@Arg('input', { description: 'Khối và năm (input).' }) input: ClearBlocLeaderInput, @Ctx() ctx: Context) {
    return ctx.services.blocYears.clearLeader(ctx.actor, input);
  }

  @FieldResolver(() => Bloc, { description: 'Khối, cụm (bloc).' })
  bloc(@Root() leader: BlocLeader, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Bloc).load(leader.blocId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị dẫn đầu (unit).' })
  unit(@Root() leader: BlocLeader, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(leader.unitId);
  }
}

@Resolver(() => BlocMember)
export class BlocMemberResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị thành viên (unit).' })
  unit(@Root() member: BlocMember, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(member.membership.unitId);
  }

  @FieldResolver(() => [BlocRoleEnum], { description: 'Vai trò trong năm (roles): HEAD, DEPUTY nếu có, luôn kèm MEMBER.' })
  roles(@Root() member: BlocMember, @Ctx() ctx: Context) {
    return rolesOfMember(ctx.loaders, member);
  }

  @FieldResolver(() => Boolean, { description: 'Là đơn vị dẫn đầu khối năm đó (is leading).' })
  isLeading(@Root() member: BlocMember, @Ctx() ctx: Context) {
    return isLeading(ctx.loaders, member);
  }
}
