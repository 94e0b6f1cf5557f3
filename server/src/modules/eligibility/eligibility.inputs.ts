import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { ELIGIBILITY_LIMITS, LIMITS } from '@thidua/shared';
import { MaxLen, Required, Year } from '../../core/validation.js';

@ArgsType()
export class EvaluateEligibilityArgs {
  @Field(() => ID, { description: 'Đối tượng xét (subject ID): một đơn vị, cá nhân hoặc hộ gia đình.' }) subjectId!: string;
  @Field({ description: 'Mã hình thức khen thưởng đề nghị (award type code), ví dụ "CHIEN_SI_THI_DUA_CAP_TINH".' })
  @Required()
  @MaxLen(LIMITS.codeMax)
  awardTypeCode!: string;
  @Field(() => Int, { description: 'Năm thành tích xét (year); áp dụng các phiên bản quy tắc có hiệu lực vào ngày 31/12 năm đó.' }) @Year() year!: number;
  @Field(() => [ID], {
    nullable: true,
    description:
      'Các đơn vị đề nghị cùng hình thức trong năm (proposed units), để xét tỷ lệ (Cờ thi đua của Chính phủ ≤ 20% đơn vị dẫn đầu); trống: các đơn vị trong các hồ sơ đề nghị đã gửi của năm.',
  })
  @IsOptional()
  @ArrayMaxSize(ELIGIBILITY_LIMITS.proposedUnits)
  proposedUnitIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Phạm vi (jurisdiction): tên tỉnh có quy tắc riêng; mặc định địa bàn của đơn vị.' })
  @IsOptional()
  @MaxLen(100)
  jurisdiction?: string | null;
}
