import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Commendation } from './commendation.entity.js';
import { CommendationsArgs } from './commendation-filter.inputs.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';
import { CreateCommendationInput, MarkCommendationPresentedInput, RevokeCommendationInput, UpdateCommendationInput } from './commendation.inputs.js';

export const CommendationConnection = Connection(Commendation);
const CommendationPayload = Payload<Commendation>(
  'Commendation',
  'commendation',
  () => Commendation,
  'Kết quả ghi nhận, sửa, thu hồi hoặc trao tặng khen thưởng.',
);
const DeleteCommendationPayload = Payload<string>('DeleteCommendation', 'deletedId', () => ID, 'Kết quả xóa khen thưởng.');

@Resolver(() => Commendation)
export class CommendationResolver {
  @Query(() => Commendation, { description: 'Một khen thưởng theo mã (commendation).' })
  commendation(@Arg('id', () => ID, { description: 'Mã khen thưởng.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.commendations.get(ctx.actor, id);
  }

  @Query(() => CommendationConnection, {
    description: 'Danh sách khen thưởng (commendations): lọc, tìm không dấu theo tên đối tượng và thành tích, sắp xếp, phân trang.',
  })
  async commendations(@Args() args: CommendationsArgs, @Ctx() ctx: Context) {
    return toConnection(CommendationConnection, await ctx.services.commendations.list(ctx.actor, args));
  }

  @PayloadMutation(() => CommendationPayload, 'Ghi nhận một khen thưởng cho đúng một đối tượng (create commendation).')
  createCommendation(@Arg('input', { description: 'Dữ liệu khen thưởng.' }) input: CreateCommendationInput, @Ctx() ctx: Context) {
    return ctx.services.commendations.create(ctx.actor, input);
  }

  @PayloadMutation(() => CommendationPayload, 'Sửa khen thưởng (update commendation).')
  updateCommendation(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateCommendationInput, @Ctx() ctx: Context) {
    return ctx.services.commendations.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteCommendationPayload, 'Xóa khen thưởng nhập nhầm (delete commendation); khen thưởng bị hủy theo quyết định thì dùng thu hồi.')
  deleteCommendation(
    @Arg('id', () => ID, { description: 'Mã khen thưởng.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.commendations.delete(ctx.actor, id, expectedVersion);
  }

  @PayloadMutation(() => CommendationPayload, 'Thu hồi khen thưởng (revoke commendation): trạng thái REVOKED, giữ lịch sử.')
  revokeCommendation(@Arg('input', { description: 'Ngày và lý do thu hồi.' }) input: RevokeCommendationInput, @Ctx() ctx: Context) {
    return ctx.services.commendations.revoke(ctx.actor, input);
  }

  @PayloadMutation(() => CommendationPayload, 'Ghi nhận đã trao tặng (mark commendation presented): trạng thái PRESENTED.')
  markCommendationPresented(@Arg('input', { description: 'Hội nghị và người trao.' }) input: MarkCommendationPresentedInput, @Ctx() ctx: Context) {
    return ctx.services.commendations.markPresented(ctx.actor, input);
  }
}
