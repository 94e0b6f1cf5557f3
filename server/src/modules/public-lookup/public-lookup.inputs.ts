import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { LIMITS, type AwardLevel, type SubjectKind } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { AwardLevelEnum, SubjectKindEnum } from '../../core/graphql/enums.js';
import { MaxLen } from '../../core/validation.js';

const YEAR = { min: LIMITS.dateYearMin, max: LIMITS.dateYearMax };

@ArgsType()
class PublicSearchArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Tìm không phân biệt dấu (search), ví dụ "hoi nu doanh nhan".' })
  @IsOptional()
  @MaxLen(LIMITS.searchMax)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Cơ quan ban hành (issuer), đúng như trong publicFacets.' })
  @IsOptional()
  @MaxLen(LIMITS.nameMax)
  issuer?: string | null;

  @Field(() => AwardLevelEnum, { nullable: true, description: 'Cấp cơ quan ban hành (issuer level).' })
  issuerLevel?: AwardLevel | null;
}

@ArgsType()
export class PublicDecisionsArgs extends PublicSearchArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Năm ban hành (year); quyết định không rõ ngày tính theo năm thành tích của các khen thưởng nó tặng.',
  })
  @IsOptional()
  @Min(YEAR.min)
  @Max(YEAR.max)
  year?: number | null;
}

@ArgsType()
export class PublicAwardsArgs extends PublicSearchArgs {
  @Field(() => Int, { nullable: true, description: 'Năm thành tích (year).' })
  @IsOptional()
  @Min(YEAR.min)
  @Max(YEAR.max)
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Mã danh hiệu, hình thức khen thưởng (award type code), ví dụ "BANG_KHEN_CHU_TICH_UBND_TINH".' })
  @IsOptional()
  @MaxLen(LIMITS.codeMax)
  awardTypeCode?: string | null;

  @Field(() => AwardLevelEnum, { nullable: true, description: 'Cấp khen thưởng (award level).' })
  awardLevel?: AwardLevel | null;

  @Field(() => SubjectKindEnum, { nullable: true, description: 'Loại đối tượng (recipient kind).' })
  recipientKind?: SubjectKind | null;

  @Field(() => ID, { nullable: true, description: 'Chỉ khen thưởng của quyết định này (decision id).' })
  decisionId?: string | null;
}

@ArgsType()
export class PublicDecisionAwardsArgs {
  @Field(() => Int, { nullable: true, description: `Lấy N khen thưởng đầu (sau \`after\`); mặc định ${LIMITS.pageSizeDefault}, tối đa ${LIMITS.pageSizeMax}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Con trỏ: lấy các khen thưởng sau nó.' })
  after?: string | null;
}
