import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Household } from './household.entity.js';
import { CreateHouseholdInput, HouseholdsArgs, UpdateHouseholdInput } from './household.inputs.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

export const HouseholdConnection = Connection(Household);
const HouseholdPayload = Payload<Household>('Household', 'household', () => Household, 'Kết quả tạo hoặc sửa hộ gia đình (household payload).');
const DeleteHouseholdPayload = Payload<string>('DeleteHousehold', 'deletedId', () => ID, 'Kết quả xóa hộ gia đình (delete household payload).');

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, { description: 'Một hộ gia đình theo mã (household); NOT_FOUND nếu không có.' })
  household(@Arg('id', () => ID, { description: 'Mã toàn cục của hộ gia đình.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.households.get(ctx.actor, id);
  }

  @Query(() => HouseholdConnection, { description: 'Danh sách hộ gia đình (households): lọc, tìm không dấu, sắp xếp, phân trang.' })
  async households(@Args() args: HouseholdsArgs, @Ctx() ctx: Context) {
    return toConnection(HouseholdConnection, await ctx.services.households.list(ctx.actor, args));
  }

  @PayloadMutation(() => HouseholdPayload, 'Tạo hộ gia đình (create household).')
  createHousehold(@Arg('input', { description: 'Dữ liệu hộ gia đình.' }) input: CreateHouseholdInput, @Ctx() ctx: Context) {
    return ctx.services.households.create(ctx.actor, input);
  }

  @PayloadMutation(() => HouseholdPayload, 'Sửa hộ gia đình (update household).')
  updateHousehold(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateHouseholdInput, @Ctx() ctx: Context) {
    return ctx.services.households.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteHouseholdPayload, 'Xóa hộ gia đình (delete household); IN_USE nếu đã có khen thưởng.')
  deleteHousehold(
    @Arg('id', () => ID, { description: 'Mã hộ gia đình.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.households.delete(ctx.actor, id, expectedVersion);
  }
}
