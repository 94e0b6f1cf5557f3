import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { LIMITS } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { IntBetween, MaxLen, Required } from '../../core/validation.js';

const BODY = `Nội dung (body): văn bản thuần, 1–${LIMITS.commentBodyMax} ký tự sau khi bỏ khoảng trắng đầu cuối; @tên_đăng_nhập để nhắc đến một cán bộ.`;

@ArgsType()
export class CommentsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'Mã toàn cục của bản ghi (đơn vị, cá nhân, khối, phong trào, giao ước, quyết định).' })
  recordId!: string;
}

@ArgsType()
export class MentionableUsersArgs {
  @Field(() => String, { nullable: true, description: 'Tìm theo tên đăng nhập hoặc họ tên, không phân biệt dấu (search); bỏ trống: theo thứ tự tên.' })
  @IsOptional()
  @MaxLen(LIMITS.searchMax)
  search?: string | null;

  @Field(() => Int, { nullable: true, description: `Số cán bộ tối đa (first), 1–${LIMITS.mentionableUsersMax}; mặc định 10.` })
  @IsOptional()
  @IntBetween(1, LIMITS.mentionableUsersMax)
  first?: number | null;
}

@InputType({ description: 'Viết bình luận (add comment) trên một bản ghi.' })
export class AddCommentInput {
  @Field(() => ID, { description: 'Mã toàn cục của bản ghi được bình luận.' })
  recordId!: string;

  @Field({ description: BODY })
  @Required()
  body!: string;
}

@InputType({ description: 'Sửa bình luận của chính mình (edit comment).' })
export class EditCommentInput {
  @Field(() => ID, { description: 'Mã bình luận (id).' })
  id!: string;

  @Field({ description: BODY })
  @Required()
  body!: string;

  @Field(() => Int, { description: 'Phiên bản bình luận đang xem (expected version); nếu nội dung đã đổi sau đó: conflict, không sửa gì.' })
  expectedVersion!: number;
}
