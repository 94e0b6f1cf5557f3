import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { AwardType } from './award-type.entity.js';
import { AwardTypesArgs, CreateAwardTypeInput, UpdateAwardTypeInput } from './award-type.inputs.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

export const AwardTypeConnection = Connection(AwardType);
const AwardTypePayload = Payload<AwardType>('AwardType', 'awardType', () => AwardType, 'Kết quả tạo hoặc sửa mục danh mục khen thưởng (award type payload).');
const DeleteAwardTypePayload = Payload<string>('DeleteAwardType', 'deletedId', () => ID, 'Kết quả xóa mục danh mục khen thưởng (delete award type payload).');

@Resolver(() => AwardType)
export class AwardTypeResolver {
  @Query(() => AwardType, { description: 'Một danh hiệu hoặc hình thức khen thưởng theo mã toàn cục (award type); NOT_FOUND nếu không có.' })
  awardType(@Arg('id', () => ID, { description: 'Mã toàn cục.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.awardTypes.get(ctx.actor, id);
  }

  @Query(() => AwardType, {
    nullable: true,
    description: 'Một danh hiệu hoặc hình thức khen thưởng theo mã danh mục (award type by code), ví dụ "CO_THI_DUA_UBND_TINH"; null nếu không có.',
  })
  awardTypeByCode(@Arg('code', { description: 'Mã danh mục, không phân biệt hoa thường.' }) code: string, @Ctx() ctx: Context) {
    return ctx.services.awardTypes.byCode(ctx.actor, code);
  }

  @Query(() => AwardTypeConnection, {
    description: 'Danh mục danh hiệu thi đua và hình thức khen thưởng (award types): lọc, tìm không dấu, sắp xếp, phân trang.',
  })
  async awardTypes(@Args() args: AwardTypesArgs, @Ctx() ctx: Context) {
    return toConnection(AwardTypeConnection, await ctx.services.awardTypes.list(ctx.actor, args));
  }

  @PayloadMutation(() => AwardTypePayload, 'Thêm danh hiệu hoặc hình thức khen thưởng (create award type); trùng mã là DUPLICATE.')
  createAwardType(@Arg('input', { description: 'Dữ liệu mục danh mục.' }) input: CreateAwardTypeInput, @Ctx() ctx: Context) {
    return ctx.services.awardTypes.create(ctx.actor, input);
  }

  @PayloadMutation(() => AwardTypePayload, 'Sửa danh hiệu hoặc hình thức khen thưởng (update award type); danh mục chuẩn không ghi đè thay đổi này.')
  updateAwardType(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateAwardTypeInput, @Ctx() ctx: Context) {
    return ctx.services.awardTypes.update(ctx.actor, input);
  }

  @PayloadMutation(
    () => DeleteAwardTypePayload,
    'Xóa danh hiệu hoặc hình thức khen thưởng (delete award type); IN_USE nếu đã được dùng, khi đó hãy đặt active = false.',
  )
  deleteAwardType(@Arg('id', () => ID, { description: 'Mã toàn cục.' }) id: string, @ExpectedVersionArg() expectedVersion: number | null, @Ctx() ctx: Context) {
    return ctx.services.awardTypes.delete(ctx.actor, id, expectedVersion);
  }
}
