import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Unit } from '../unit/entities.js';
import { BlocMembership } from './bloc-membership.entity.js';
import { AddBlocMemberInput, EndBlocMembershipInput } from './bloc-year.inputs.js';
import { Bloc } from './bloc.entity.js';

const BlocMembershipPayload = Payload<BlocMembership>(
  'BlocMembership',
  'membership',
  () => BlocMembership,
  'Kết quả thêm thành viên hoặc kết thúc tư cách thành viên khối (bloc membership payload).',
);
const RemoveBlocMembershipPayload = Payload<string>(
  'RemoveBlocMembership',
  'deletedId',
  () => ID,
  'Kết quả xóa tư cách thành viên khối (remove bloc membership payload).',
);

@Resolver(() => BlocMembership)
export class BlocMembershipResolver {
  @PayloadMutation(
    () => BlocMembershipPayload,
    'Thêm đơn vị vào khối (add bloc member) cho một giai đoạn; ALREADY_MEMBER nếu trùng giai đoạn thành viên khác, OUT_OF_RANGE nếu năm kết thúc trước năm bắt đầu.',
  )
  addBlocMember(@Arg('input', { description: 'Khối, đơn vị và giai đoạn (input).' }) input: AddBlocMemberInput, @Ctx() ctx: Context) {
    return ctx.services.blocMemberships.add(ctx.actor, input);
  }

  @PayloadMutation(
    () => BlocMembershipPayload,
    'Kết thúc tư cách thành viên khối (end bloc membership) ở một năm; IN_USE nếu đơn vị còn vai trò trong khối sau năm đó.',
  )
  endBlocMembership(@Arg('input', { description: 'Tư cách thành viên và năm cuối (input).' }) input: EndBlocMembershipInput, @Ctx() ctx: Context) {
    return ctx.services.blocMemberships.end(ctx.actor, input);
  }

  @PayloadMutation(
    () => RemoveBlocMembershipPayload,
    'Xóa tư cách thành viên khối nhập nhầm (remove bloc membership); IN_USE nếu đơn vị còn vai trò trong khối trong giai đoạn đó.',
  )
  removeBlocMembership(
    @Arg('id', () => ID, { description: 'Mã tư cách thành viên (id).' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.blocMemberships.remove(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => Bloc, { description: 'Khối, cụm (bloc).' })
  bloc(@Root() membership: BlocMembership, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Bloc).load(membership.blocId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị thành viên (unit).' })
  unit(@Root() membership: BlocMembership, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(membership.unitId);
  }
}
