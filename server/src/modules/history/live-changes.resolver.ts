import { Args, Ctx, Field, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { checkSince } from '../../core/live/follow.js';
import { ChangeEvent } from './change-event.entity.js';
import { ChangesSinceArgs, ChangesSubscriptionArgs } from './live-changes.inputs.js';
import type { ChangeFeed as Feed } from './live-changes.service.js';

@ObjectType({ description: 'Các thay đổi sau một số thứ tự (change feed): để bắt kịp sau khi mất kết nối.' })
export class ChangeFeed implements Feed {
  @Field(() => [ChangeEvent], { description: 'Sự kiện theo thứ tự seq tăng dần.' })
  events!: ChangeEvent[];

  @Field(() => String, { description: 'Seq của sự kiện cuối trong trang này (hoặc `since` nếu không có): dùng làm `since` cho lần sau.' })
  lastSeq!: string;

  @Field({ description: 'Còn sự kiện sau trang này: gọi lại với since = lastSeq.' })
  hasMore!: boolean;
}

@Resolver(() => ChangeEvent)
export class LiveChangesResolver {
  @Query(() => ChangeFeed, {
    name: 'changes',
    description:
      'Các thay đổi đã ghi nhận sau `since` (catch-up), cũ trước, trong phạm vi bản ghi người gọi được xem. Ứng dụng gọi sau khi kết nối lại để không lỡ sự kiện.',
  })
  changesSince(@Args() args: ChangesSinceArgs, @Ctx() ctx: Context): Promise<ChangeFeed> {
    return ctx.services.liveChanges.since(ctx.actor, args.since, args.first ?? 200, args.filter);
  }

  @Query(() => String, {
    description:
      'Số thứ tự (seq) của sự kiện mới nhất đã ghi nhận ("0" khi chưa có): ứng dụng đọc nó cùng dữ liệu trang, rồi đăng ký `changes(since:)` từ đó để không lỡ gì ở giữa.',
  })
  latestChangeSeq(@Ctx() ctx: Context): Promise<string> {
    return ctx.services.liveChanges.latestSeq(ctx.actor);
  }

  @Subscription(() => ChangeEvent, {
    name: 'changes',
    description:
      'Thay đổi trực tiếp (live changes): mỗi sự kiện đã được ghi (commit) trên bất kỳ máy chủ nào, theo thứ tự seq, trong phạm vi người gọi được xem. Với `since`: gửi trước các sự kiện bị lỡ, không thiếu, không lặp.',
    subscribe: ({ args, context }) => {
      const { actor, services, live } = context as Context;
      const { since, filter } = args as ChangesSubscriptionArgs;
      checkSince(since);
      return services.liveChanges.stream(actor, live, since, filter);
    },
  })
  changesLive(@Root() event: ChangeEvent, @Args() _args: ChangesSubscriptionArgs): ChangeEvent {
    return event;
  }
}
