import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { ELIGIBILITY_LIMITS, LIMITS, type RuleMark, type SubjectKind } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { SubjectKindEnum } from '../../core/graphql/enums.js';
import { BooleanFilter, StringFilter } from '../../core/graphql/filters.js';
import { VersionedUpdate } from '../../core/db/versions.js';
import { IntBetween, MaxLen, Required, Year } from '../../core/validation.js';
import { RuleMarkEnum } from './eligibility.enums.js';
import type { Condition } from './condition/condition.types.js';

const Code = () => Matches(/^\s*[A-Za-z0-9_]+\s*$/, { message: 'Mã chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới.', context: { code: 'INVALID' } });

@InputType({ description: 'Bộ lọc quy tắc xét khen thưởng (eligibility rule filter); các trường cùng cấp kết hợp AND.' })
export class EligibilityRuleFilter {
  @Field(() => StringFilter, { nullable: true, description: 'Mã quy tắc (code).' }) code?: StringFilter;
  @Field(() => StringFilter, {
    nullable: true,
    description: 'Áp dụng cho mã danh hiệu (award type code): eq khớp quy tắc có mã này hoặc áp dụng mọi hình thức.',
  })
  awardTypeCode?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Phạm vi (jurisdiction).' }) jurisdiction?: StringFilter;
  @Field(() => BooleanFilter, { nullable: true, description: 'Còn hiệu lực hôm nay (in force now).' }) inForce?: BooleanFilter;
}

@ArgsType()
export class EligibilityRulesArgs extends ConnectionArgs {
  @Field(() => EligibilityRuleFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: EligibilityRuleFilter | null;
  @Field(() => Int, { nullable: true, description: 'Chỉ các phiên bản có hiệu lực trong năm này (in force in year).' }) @IsOptional() @Year() year?:
    number | null;
}

@InputType({ description: 'Nội dung một phiên bản quy tắc (rule content).' })
export class RuleContentInput {
  @Field({ description: 'Nội dung tóm tắt (title).' }) @Required() @MaxLen(ELIGIBILITY_LIMITS.text) titleVi!: string;
  @Field(() => [String], { description: 'Mã danh hiệu áp dụng (award type codes); rỗng là mọi hình thức.' }) awardTypeCodes!: string[];
  @Field(() => [SubjectKindEnum], { description: 'Loại đối tượng áp dụng (subject kinds); rỗng là mọi đối tượng.' }) subjectKinds!: SubjectKind[];
  @Field(() => JSONResolver, { description: 'Điều kiện (condition) theo ngôn ngữ điều kiện; xem EligibilityRule.condition.' }) condition!: Condition;
  @Field({ description: 'Văn bản nguồn (source document).' }) @Required() @MaxLen(LIMITS.textMax) sourceDocument!: string;
  @Field(() => String, { nullable: true, description: 'Điều, khoản (article).' }) @IsOptional() @MaxLen(200) article?: string | null;
  @Field(() => LocalDateResolver, { description: 'Hiệu lực từ ngày (effective from).' }) effectiveFrom!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Hiệu lực đến hết ngày (effective to); trống là chưa hết.' }) effectiveTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Phạm vi (jurisdiction): "NATIONAL" (mặc định) hoặc tên tỉnh.' })
  @IsOptional()
  @MaxLen(100)
  jurisdiction?: string | null;
  @Field(() => RuleMarkEnum, { nullable: true, description: 'Mức kiểm chứng (mark); mặc định M.' }) mark?: RuleMark | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}

@InputType({ description: 'Thêm quy tắc mới (create eligibility rule), phiên bản 1.' })
export class CreateEligibilityRuleInput extends RuleContentInput {
  @Field({ description: 'Mã quy tắc (code), duy nhất; chữ không dấu, số, gạch dưới; lưu chữ hoa.' })
  @Required()
  @MaxLen(ELIGIBILITY_LIMITS.ruleCode)
  @Code()
  code!: string;
}

@InputType({
  description: 'Ban hành phiên bản mới của một quy tắc (revise): phiên bản đang hiệu lực kết thúc vào ngày trước `effectiveFrom`, được giữ cho các năm trước.',
})
export class ReviseEligibilityRuleInput extends RuleContentInput {
  @Field(() => ID, { description: 'Phiên bản hiện hành (id) của quy tắc.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'Phiên bản bản ghi đã xem (expected version); khác là CONFLICT.' })
  @IsOptional()
  @IntBetween(1, 2_000_000_000)
  expectedVersion?: number | null;
}

@InputType({ description: 'Bãi bỏ quy tắc (retire): đặt ngày hết hiệu lực; các năm trước vẫn xét theo quy tắc.' })
export class RetireEligibilityRuleInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Phiên bản quy tắc (id).' }) id!: string;
  @Field(() => LocalDateResolver, { description: 'Hiệu lực đến hết ngày (effective to).' }) effectiveTo!: string;
  @Field(() => String, { nullable: true, description: 'Lý do, văn bản bãi bỏ (reason), ghi vào lịch sử.' }) @IsOptional() @MaxLen(LIMITS.textMax) reason?:
    string | null;
}
