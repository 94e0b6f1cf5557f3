import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Decision } from './decision.entity.js';
import { CreateDecisionInput, DecisionsArgs, PublishDecisionInput, UnpublishDecisionInput, UpdateDecisionInput } from './decision.inputs.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

export const DecisionConnection = Connection(Decision);
const DecisionPayload = Payload<Decision>('Decision', 'decision', () => Decision, 'Kết quả tạo hoặc sửa quyết định (decision payload).');
const DeleteDecisionPayload = Payload<string>('DeleteDecision', 'deletedId', () => ID, 'Kết quả xóa quyết định (delete decision payload).');

@Resolver(() => Decision)
export class DecisionResolver {
  @Query(() => Decision, { description: 'Một quyết định theo mã (decision); NOT_FOUND nếu không có.' })
  decision(@Arg('id', () => ID, { description: 'Mã toàn cục của quyết định.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.decisions.get(ctx.actor, id);
  }

  @Query(() => DecisionConnection, { description: 'Danh sách quyết định (decisions): lọc, tìm không dấu, sắp xếp, phân trang; mặc định mới ký trước.' })
  async decisions(@Args() args: DecisionsArgs, @Ctx() ctx: Context) {
    return toConnection(DecisionConnection, await ctx.services.decisions.list(ctx.actor, args));
  }

  @PayloadMutation(() => DecisionPayload, 'Tạo quyết định (create decision); trùng số của cùng cơ quan ban hành là DUPLICATE.')
  createDecision(@Arg('input', { description: 'Dữ liệu quyết định.' }) input: CreateDecisionInput, @Ctx() ctx: Context) {
    return ctx.services.decisions.create(ctx.actor, input);
  }

  @PayloadMutation(() => DecisionPayload, 'Sửa quyết định (update decision).')
  updateDecision(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateDecisionInput, @Ctx() ctx: Context) {
    return ctx.services.decisions.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteDecisionPayload, 'Xóa quyết định (delete decision); IN_USE nếu còn được khối, phong trào, khen thưởng… dẫn chiếu.')
  deleteDecision(
    @Arg('id', () => ID, { description: 'Mã quyết định.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.decisions.delete(ctx.actor, id, expectedVersion);
  }

  @PayloadMutation(
    () => DecisionPayload,
    'Công bố quyết định (publish decision): quyết định và các khen thưởng nó tặng hiện trên trang tra cứu công khai. Chỉ Ban Thi đua – Khen thưởng; đã công bố là INVALID_STATE.',
  )
  publishDecision(@Arg('input', { description: 'Quyết định, phiên bản đã thấy, ngày công bố.' }) input: PublishDecisionInput, @Ctx() ctx: Context) {
    return ctx.services.decisionPublication.publish(ctx.actor, input);
  }

  @PayloadMutation(() => DecisionPayload, 'Thôi công bố quyết định (unpublish decision): rời trang tra cứu công khai. Chưa công bố là INVALID_STATE.')
  unpublishDecision(@Arg('input', { description: 'Quyết định và phiên bản đã thấy.' }) input: UnpublishDecisionInput, @Ctx() ctx: Context) {
    return ctx.services.decisionPublication.unpublish(ctx.actor, input);
  }
}
