import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Comment } from './comment.entity.js';
import { AddCommentInput, CommentsArgs, EditCommentInput, MentionableUsersArgs } from './comment.inputs.js';
import { UserCard } from './comment.types.js';

export const CommentConnection = Connection(Comment);
const CommentPayload = Payload<Comment>('Comment', 'comment', () => Comment, 'Kết quả viết hoặc sửa bình luận (comment payload).');
const DeleteCommentPayload = Payload<string>('DeleteComment', 'deletedId', () => ID, 'Kết quả xóa bình luận (delete comment payload).');

@Resolver(() => Comment)
export class CommentResolver {
  @Query(() => CommentConnection, {
    description:
      'Bình luận của một bản ghi (comments), cũ trước; `last`/`before` đọc từ mới nhất ngược lên. NOT_FOUND nếu bản ghi không có hoặc ngoài phạm vi được xem.',
  })
  async comments(@Args() args: CommentsArgs, @Ctx() ctx: Context) {
    return toConnection(CommentConnection, await ctx.services.comments.list(ctx.actor, args));
  }

  @Query(() => [UserCard], {
    description: 'Cán bộ đang hoạt động để nhắc đến (@mention) trong bình luận: chỉ tên đăng nhập và họ tên. Dành cho cán bộ đã đăng nhập.',
  })
  mentionableUsers(@Args() args: MentionableUsersArgs, @Ctx() ctx: Context) {
    return ctx.services.comments.mentionable(ctx.actor, args);
  }

  @PayloadMutation(() => CommentPayload, 'Viết bình luận (add comment) trên bản ghi mình xem được; @tên_đăng_nhập nhắc đến cán bộ, họ được báo ngay.')
  addComment(@Arg('input', { description: 'Bản ghi và nội dung.' }) input: AddCommentInput, @Ctx() ctx: Context) {
    return ctx.services.comments.add(ctx.actor, input);
  }

  @PayloadMutation(() => CommentPayload, 'Sửa bình luận (edit comment): chỉ người viết; conflict nếu nội dung đã đổi sau phiên bản đang xem.')
  editComment(@Arg('input', { description: 'Bình luận, nội dung mới và phiên bản đang xem.' }) input: EditCommentInput, @Ctx() ctx: Context) {
    return ctx.services.comments.edit(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteCommentPayload, 'Xóa bình luận (delete comment): người viết hoặc quản trị viên.')
  deleteComment(@Arg('id', () => ID, { description: 'Mã bình luận.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.comments.delete(ctx.actor, id);
  }
}
