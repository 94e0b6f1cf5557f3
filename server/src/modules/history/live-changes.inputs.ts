import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Matches, Max, Min } from 'class-validator';
import { SEQ_PATTERN } from '../../core/live/follow.js';

@InputType({ description: 'Chọn sự kiện cần theo dõi (live change filter); bỏ trống: mọi bản ghi được phép xem.' })
export class LiveChangeFilter {
  @Field(() => [String], { nullable: true, description: 'Chỉ các loại bản ghi này (entity types), ví dụ ["Bloc", "BlocMembership"].' })
  entityTypes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Chỉ các bản ghi này (mã toàn cục), kể cả khi chúng bị xóa.' })
  entityIds?: string[] | null;
}

@ArgsType()
export class ChangesSinceArgs {
  @Field(() => String, { description: 'Số thứ tự (seq) của sự kiện cuối cùng đã nhận; "0" để đọc từ đầu.' })
  @Matches(SEQ_PATTERN, { message: 'seq phải là số nguyên không âm.' })
  since!: string;

  @Field(() => Int, { nullable: true, defaultValue: 200, description: 'Số sự kiện tối đa trả về (1–500), theo thứ tự seq tăng dần.' })
  @IsOptional()
  @Min(1)
  @Max(500)
  first?: number | null;

  @Field(() => LiveChangeFilter, { nullable: true, description: 'Chỉ các loại bản ghi hoặc bản ghi này.' })
  filter?: LiveChangeFilter | null;
}

@ArgsType()
export class ChangesSubscriptionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Bắt đầu sau sự kiện này (seq): các sự kiện bị lỡ được gửi trước, rồi đến sự kiện mới, không thiếu, không lặp. Bỏ trống: chỉ sự kiện mới.',
  })
  @IsOptional()
  @Matches(SEQ_PATTERN, { message: 'seq phải là số nguyên không âm.' })
  since?: string | null;

  @Field(() => LiveChangeFilter, { nullable: true, description: 'Chỉ các loại bản ghi hoặc bản ghi này.' })
  filter?: LiveChangeFilter | null;
}
