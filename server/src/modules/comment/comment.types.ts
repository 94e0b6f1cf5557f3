import { Field, ID, ObjectType } from 'type-graphql';
import type { ActorKind, ChangeAction } from '@thidua/shared';
import { ActorKindEnum, ChangeActionEnum } from '../../core/graphql/enums.js';
import { Comment } from './comment.entity.js';

/**
 * What anyone who may comment sees of another officer: the handle to @mention them by and their
 * name. Nothing else of the account (role, unit, activity) is given out this way.
 */
@ObjectType({ description: 'Cán bộ nhìn từ bình luận (user card): chỉ tên đăng nhập để nhắc đến (@username) và họ tên.' })
export class UserCard {
  @Field({ description: 'Tên đăng nhập (username): viết @username trong bình luận để nhắc đến.' })
  username!: string;

  @Field({ description: 'Họ tên hiển thị (display name).' })
  displayName!: string;
}

@ObjectType({ description: 'Người viết bình luận (comment author): một cán bộ, hoặc một mã API của phần mềm đối tác.' })
export class CommentAuthor {
  @Field(() => ActorKindEnum, { description: 'Loại người viết (kind): cán bộ (USER), mã API (TOKEN), hệ thống.' })
  kind!: ActorKind;

  @Field({ description: 'Tên hiển thị (display name): họ tên hiện tại của cán bộ; với mã API, tên mã lúc viết.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Tên đăng nhập (username) của cán bộ; null với mã API và hệ thống.' })
  username!: string | null;
}

@ObjectType({ description: 'Một thay đổi bình luận của một bản ghi (comment event), gửi trực tiếp qua subscription commentsChanged.' })
export class CommentEvent {
  @Field(() => ChangeActionEnum, { description: 'Bình luận mới (CREATE), được sửa (UPDATE) hay bị xóa (DELETE).' })
  action!: ChangeAction;

  @Field(() => ID, { description: 'Mã toàn cục của bình luận (comment id), cả khi đã bị xóa.' })
  commentId!: string;

  @Field(() => Comment, { nullable: true, description: 'Bình luận như hiện tại; null khi bị xóa (DELETE).' })
  comment!: Comment | null;
}
