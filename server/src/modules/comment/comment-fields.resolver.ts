import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Comment } from './comment.entity.js';
import { mentionCards, userCards } from './comment.loaders.js';
import { globalIdOf, recordOfComment } from './comment.records.js';
import { isAuthor, mayDelete } from './comment.rules.js';
import { CommentAuthor, UserCard } from './comment.types.js';

const card = ({ username, displayName }: UserCard): UserCard => ({ username, displayName });

/**
 * Fields of a comment worked out per request: its record, author and mentions (batched, or as
 * loaded with the comment by the live streams), and what the caller may do with it.
 */
@Resolver(() => Comment)
export class CommentFieldsResolver {
  @FieldResolver(() => ID, { description: 'Mã toàn cục của bản ghi được bình luận (record id).' })
  recordId(@Root() comment: Comment): string {
    return globalIdOf(recordOfComment(comment));
  }

  @FieldResolver(() => String, { description: 'Loại bản ghi được bình luận (record type): Unit, Person, Bloc, Movement, Covenant hoặc Decision.' })
  recordType(@Root() comment: Comment): string {
    return recordOfComment(comment).type;
  }

  @FieldResolver(() => CommentAuthor, { description: 'Người viết (author).' })
  async author(@Root() comment: Comment, @Ctx() ctx: Context): Promise<CommentAuthor> {
    const user = comment.authorUser ?? (comment.authorUserId ? await userCards(ctx.loaders).load(comment.authorUserId) : null);
    return { kind: comment.authorKind, displayName: user?.displayName ?? comment.authorName, username: user?.username ?? null };
  }

  @FieldResolver(() => [UserCard], { description: 'Các cán bộ được nhắc đến (mentions) bằng @tên_đăng_nhập, theo họ tên.' })
  async mentions(@Root() comment: Comment, @Ctx() ctx: Context): Promise<UserCard[]> {
    if (comment.mentions) return comment.mentions.map(card).sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'));
    return (await mentionCards(ctx.loaders).load(comment.id)).map(card);
  }

  @FieldResolver(() => Boolean, { description: 'Người gọi sửa được bình luận này (can edit): chỉ người viết.' })
  canEdit(@Root() comment: Comment, @Ctx() ctx: Context): boolean {
    return isAuthor(ctx.actor, comment);
  }

  @FieldResolver(() => Boolean, { description: 'Người gọi xóa được bình luận này (can delete): người viết hoặc quản trị viên.' })
  canDelete(@Root() comment: Comment, @Ctx() ctx: Context): boolean {
    return mayDelete(ctx.actor, comment);
  }
}
