import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { LIMITS, SCORING_LIMITS, type ScoreFinalStage } from '@thidua/shared';
import { ScoreFinalStageEnum } from '../../core/graphql/enums.js';
import { IntBetween, MaxLen, NumberBetween, Required } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

@InputType({ description: 'Đặt cách chấm điểm của giao ước (set covenant scoring settings): chỉ các trường được gửi mới thay đổi.' })
export class SetCovenantScoringSettingsInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Giao ước (covenant).' }) covenantId!: string;
  @Field(() => ScoreFinalStageEnum, { nullable: true, description: 'Điểm cuối cùng (final stage).' }) finalStage?: ScoreFinalStage;
  @Field(() => Float, { nullable: true, description: 'Phần điểm tối đa khi đạt đúng chỉ tiêu, từ 0 đến 1 (NSC: 0,5).' })
  @IsOptional()
  @NumberBetween(0, 1)
  targetShare?: number;
  @Field(() => Float, { nullable: true, description: 'Sai số với tỷ lệ vượt cao nhất, từ 0 đến 0,1 (NSC: 0,0001).' })
  @IsOptional()
  @NumberBetween(0, 0.1)
  leaderTolerance?: number;
  @Field(() => Boolean, { nullable: true, description: 'Không dẫn đầu hai năm liên tiếp.' }) leaderNotTwiceInARow?: boolean;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Hạn nộp bảng tự chấm (ngày cuối cùng); null để bỏ hạn.' }) selfAssessmentDueOn?:
    string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Hạn hoàn thành thẩm định (ngày cuối cùng); null để bỏ hạn.' }) reviewDueOn?: string | null;
}

@InputType({ description: 'Giao chỉ tiêu cho một đơn vị ở một tiêu chí định lượng (set covenant target); ghi đè chỉ tiêu đã giao.' })
export class SetCovenantTargetInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Tiêu chí định lượng, không có tiêu chí con (criterion).' }) criterionId!: string;
  @Field(() => ID, { description: 'Đơn vị thành viên của khối trong năm giao ước (unit).' }) unitId!: string;
  @Field(() => Float, { nullable: true, description: 'Chỉ tiêu (target); trống hoặc 0 là không có chỉ tiêu (xếp nhóm không chỉ tiêu).' })
  @IsOptional()
  @NumberBetween(0, SCORING_LIMITS.valueMax)
  target?: number | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}

@InputType({ description: 'Đơn vị tự chấm một tiêu chí (enter self-assessment): chỉ các trường được gửi mới thay đổi; trường phải hợp với loại tiêu chí.' })
export class EnterSelfAssessmentInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Tiêu chí không có tiêu chí con (criterion).' }) criterionId!: string;
  @Field(() => ID, { description: 'Đơn vị tự chấm (unit).' }) unitId!: string;
  @Field(() => Boolean, { nullable: true, description: '"Không được giao" (tiêu chí định lượng, định tính).' }) notAssigned?: boolean;
  @Field(() => Float, { nullable: true, description: 'Kết quả thực hiện A (định lượng).' })
  @IsOptional()
  @NumberBetween(0, SCORING_LIMITS.valueMax)
  actualValue?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Đạt / không đạt (định tính).' }) met?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Số lần (cộng điểm theo lần).' }) @IsOptional() @IntBetween(0, SCORING_LIMITS.countMax) occurrences?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Số lần được thưởng (điểm thưởng, điểm trừ).' })
  @IsOptional()
  @IntBetween(0, SCORING_LIMITS.countMax)
  bonusCount?: number | null;
  @Field(() => Int, { nullable: true, description: 'Số lần bị trừ (điểm thưởng, điểm trừ).' })
  @IsOptional()
  @IntBetween(0, SCORING_LIMITS.countMax)
  penaltyCount?: number | null;
  @Field(() => String, { nullable: true, description: 'Minh chứng, giải trình (evidence).' }) @IsOptional() @MaxLen(LIMITS.textMax) evidence?: string | null;
}

@InputType({ description: 'Thẩm định điểm một tiêu chí của một đơn vị (enter review score).' })
export class EnterReviewScoreInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Tiêu chí không có tiêu chí con (criterion).' }) criterionId!: string;
  @Field(() => ID, { description: 'Đơn vị được thẩm định (unit).' }) unitId!: string;
  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định, trong khoảng điểm của tiêu chí; null để bỏ.' })
  @IsOptional()
  @NumberBetween(-LIMITS.scoreMax, LIMITS.scoreMax)
  reviewScore?: number | null;
  @Field(() => String, { nullable: true, description: 'Nhận xét thẩm định (comment).' }) @IsOptional() @MaxLen(LIMITS.textMax) reviewComment?: string | null;
}

@InputType({ description: 'Ghi nhận vi phạm của một đơn vị trong năm giao ước (record covenant violation).' })
export class RecordCovenantViolationInput {
  @Field(() => ID, { description: 'Giao ước (covenant).' }) covenantId!: string;
  @Field(() => ID, { description: 'Đơn vị thành viên (unit).' }) unitId!: string;
  @Field({ description: 'Nội dung vi phạm (reason).' }) @Required() @MaxLen(SCORING_LIMITS.reasonMax) reason!: string;
  @Field(() => Boolean, { nullable: true, description: 'Vi phạm nghiêm trọng (mặc định có): không được xét dẫn đầu.' }) serious?: boolean | null;
}
