import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Comment } from './comment.entity.js';
import { CommentEvent } from './comment.types.js';

const SINCE =
  'Bắt đầu sau sự kiện này (seq, ví dụ latestChangeSeq đọc cùng trang): những gì bị lỡ được gửi trước, rồi đến cái mới, không thiếu, không lặp. Bỏ trống: chỉ cái mới.';

@Resolver()
export class CommentLiveResolver {
  @Subscription(() => CommentEvent, {
    description:
      'Bình luận của một bản ghi thay đổi trực tiếp (comments changed): viết mới, sửa, xóa, từ bất kỳ máy chủ nào, khi người gọi còn xem được bản ghi. NOT_FOUND nếu bản ghi không có hoặc ngoài phạm vi.',
    subscribe: ({ args, context }) => {
      const { actor, services, live } = context as Context;
      const { recordId, since } = args as { recordId: string; since?: string | null };
      return services.commentsLive.ofRecord(actor, live, recordId, since);
    },
  })
  commentsChanged(
    @Root() event: CommentEvent,
    @Arg('recordId', () => ID, { description: 'Mã toàn cục của bản ghi.' }) _recordId: string,
    @Arg('since', () => String, { nullable: true, description: SINCE }) _since?: string | null,
  ): CommentEvent {
    return event;
  }

  @Subscription(() => Comment, {
    description:
      'Nhắc đến tôi (mentions): mỗi bình luận vừa nhắc đến cán bộ đang đăng nhập (@tên_đăng_nhập), lúc được viết hoặc sửa thêm tên, trong phạm vi được xem; không gồm bình luận của chính mình.',
    subscribe: ({ args, context }) => {
      const { actor, services, live } = context as Context;
      return services.commentsLive.mentionsOf(actor, live, (args as { since?: string | null }).since);
    },
  })
  mentions(@Root() comment: Comment, @Arg('since', () => String, { nullable: true, description: SINCE }) _since?: string | null): Comment {
    return comment;
  }
}
