import { Arg, Args, Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { PresenceArgs, PresenceHeartbeatInput } from './presence.inputs.js';
import { PresenceHeartbeat, RecordPresence } from './presence.types.js';

const HeartbeatPayload = Payload<PresenceHeartbeat>('PresenceHeartbeat', 'heartbeat', () => PresenceHeartbeat, 'Kết quả một nhịp báo có mặt.');
const LeavePayload = Payload<boolean>('LeavePresence', 'left', () => Boolean, 'Kết quả rời khỏi (leave presence).');

@Resolver(() => RecordPresence)
export class PresenceResolver {
  @PayloadMutation(
    () => HeartbeatPayload,
    'Báo có mặt (presence heartbeat): thẻ trình duyệt hoặc ứng dụng này đang xem những bản ghi nào và sửa trường nào. Gửi lại toàn bộ trạng thái mỗi `intervalSeconds` giây; không có nhịp mới thì hết hạn sau `expiresInSeconds`. Chỉ thay đổi thật (vào, rời, đổi trường) mới được báo cho người khác.',
  )
  presenceHeartbeat(@Arg('input', { description: 'Trạng thái hiện tại của thẻ.' }) input: PresenceHeartbeatInput, @Ctx() ctx: Context) {
    return ctx.services.presence.heartbeat(ctx.actor, input);
  }

  @PayloadMutation(() => LeavePayload, 'Rời khỏi mọi bản ghi ngay (đóng thẻ, rời trang), không chờ hết hạn.')
  leavePresence(@Arg('clientId', { description: 'Mã của thẻ đã dùng trong presenceHeartbeat.' }) clientId: string, @Ctx() ctx: Context) {
    return ctx.services.presence.leave(ctx.actor, clientId);
  }

  @Query(() => [RecordPresence], {
    description:
      'Ai đang xem, ai đang sửa trường nào trên các bản ghi này (mỗi mã một kết quả, theo thứ tự hỏi); bản ghi không tồn tại hoặc ngoài phạm vi được xem: rỗng.',
  })
  presence(@Args() args: PresenceArgs, @Ctx() ctx: Context): Promise<RecordPresence[]> {
    return ctx.services.presence.get(ctx.actor, args.recordIds);
  }

  @Subscription(() => RecordPresence, {
    name: 'presenceChanged',
    description:
      'Sự có mặt trên các bản ghi này: trước hết trạng thái hiện tại của từng bản ghi, sau đó trạng thái mới mỗi khi có người vào, rời, đổi trường đang sửa hoặc hết hạn, trên bất kỳ máy chủ nào.',
    subscribe: ({ args, context }) => {
      const { actor, services, live } = context as Context;
      return services.presence.stream(actor, live, (args as PresenceArgs).recordIds);
    },
  })
  presenceChanged(@Root() presence: RecordPresence, @Args() _args: PresenceArgs): RecordPresence {
    return presence;
  }
}
