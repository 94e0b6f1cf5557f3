import { Field, Float, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { LIMITS, type CriterionKind } from '@thidua/shared';
import { CriterionKindEnum } from '../../core/graphql/enums.js';
import { MaxLen, NumberBetween, Required } from '../../core/validation.js';
import { movementIdsSize } from './covenant.inputs.js';
import { VersionedUpdate } from '../../core/db/versions.js';

@InputType({ description: 'Thêm nhiệm vụ, tiêu chí vào giao ước (add covenant criterion). Không có afterId/beforeId thì thêm vào cuối các tiêu chí cùng cấp.' })
export class AddCovenantCriterionInput {
  @Field(() => ID, { description: 'Giao ước (covenant).' }) covenantId!: string;
  @Field({ description: 'Tên nhiệm vụ, tiêu chí (title).' }) @Required() @MaxLen(LIMITS.textMax) title!: string;
  @Field(() => String, { nullable: true, description: 'Mô tả, cách chấm (description).' }) @IsOptional() @MaxLen(LIMITS.textMax) description?: string | null;
  @Field(() => Float, { nullable: true, description: `Điểm tối đa (max score), từ 0 đến ${LIMITS.scoreMax}.` })
  @IsOptional()
  @NumberBetween(0, LIMITS.scoreMax)
  maxScore?: number | null;
  @Field(() => CriterionKindEnum, { nullable: true, description: 'Loại tiêu chí (kind); mặc định QUALITATIVE.' }) kind?: CriterionKind | null;
  @Field(() => Float, { nullable: true, description: 'Điểm mỗi lần (PER_OCCURRENCE) hoặc mỗi lần thưởng (BONUS_PENALTY).' })
  @IsOptional()
  @NumberBetween(0, LIMITS.scoreMax)
  pointsPerOccurrence?: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm trừ mỗi lần vi phạm (BONUS_PENALTY).' })
  @IsOptional()
  @NumberBetween(0, LIMITS.scoreMax)
  penaltyPoints?: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm thấp nhất (BONUS_PENALTY), có thể âm.' })
  @IsOptional()
  @NumberBetween(-LIMITS.scoreMax, LIMITS.scoreMax)
  minScore?: number | null;
  @Field(() => ID, { nullable: true, description: 'Tiêu chí cha cùng giao ước (parent); trống là tiêu chí cấp cao nhất.' }) parentId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Các phong trào tiêu chí hướng tới (movements).' }) @IsOptional() @movementIdsSize movementIds?:
    string[] | null;
  @Field(() => ID, { nullable: true, description: 'Đặt ngay sau tiêu chí cùng cấp này (after).' }) afterId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'Đặt ngay trước tiêu chí cùng cấp này (before). Cùng với afterId: nếu đã có tiêu chí khác chen vào giữa (người khác vừa thêm) thì đặt ngay sau afterId.',
  })
  beforeId?: string | null;
}

@InputType({ description: 'Sửa nhiệm vụ, tiêu chí (update covenant criterion): chỉ các trường được gửi mới thay đổi.' })
export class UpdateCovenantCriterionInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã tiêu chí.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Tên nhiệm vụ, tiêu chí (title).' }) @IsOptional() @Required() @MaxLen(LIMITS.textMax) title?: string;
  @Field(() => String, { nullable: true, description: 'Mô tả, cách chấm (description).' }) @IsOptional() @MaxLen(LIMITS.textMax) description?: string | null;
  @Field(() => Float, { nullable: true, description: 'Điểm tối đa (max score); null để bỏ.' }) @IsOptional() @NumberBetween(0, LIMITS.scoreMax) maxScore?:
    number | null;
  @Field(() => CriterionKindEnum, { nullable: true, description: 'Loại tiêu chí (kind).' }) kind?: CriterionKind;
  @Field(() => Float, { nullable: true, description: 'Điểm mỗi lần (PER_OCCURRENCE) hoặc mỗi lần thưởng (BONUS_PENALTY).' })
  @IsOptional()
  @NumberBetween(0, LIMITS.scoreMax)
  pointsPerOccurrence?: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm trừ mỗi lần vi phạm (BONUS_PENALTY).' })
  @IsOptional()
  @NumberBetween(0, LIMITS.scoreMax)
  penaltyPoints?: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm thấp nhất (BONUS_PENALTY), có thể âm.' })
  @IsOptional()
  @NumberBetween(-LIMITS.scoreMax, LIMITS.scoreMax)
  minScore?: number | null;
  @Field(() => [ID], { nullable: true, description: 'Các phong trào (movements): thay toàn bộ danh sách.' }) @IsOptional() @movementIdsSize movementIds?:
    string[] | null;
}

@InputType({ description: 'Chuyển vị trí một tiêu chí giữa các tiêu chí cùng cấp (move covenant criterion). Không có afterId/beforeId thì chuyển xuống cuối.' })
export class MoveCovenantCriterionInput {
  @Field(() => ID, { description: 'Mã tiêu chí cần chuyển.' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'Đặt ngay sau tiêu chí cùng cấp này (after).' }) afterId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đặt ngay trước tiêu chí cùng cấp này (before); cùng với afterId như khi thêm.' }) beforeId?: string | null;
}
