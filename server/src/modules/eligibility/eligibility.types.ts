import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EligibilityOutcome } from '@thidua/shared';
import { EligibilityRule } from './eligibility-rule.entity.js';
import { EligibilityOutcomeEnum } from './eligibility.enums.js';

@ObjectType({ description: 'Một dữ kiện quy tắc đã dùng (fact used), với diễn giải tiếng Việt.' })
export class EligibilityFact {
  @Field({ description: 'Tên dữ kiện (fact), ví dụ "consecutiveYears".' }) fact!: string;
  @Field({ description: 'Diễn giải (text), ví dụ "Chiến sĩ thi đua cơ sở 2021, 2022, 2023: 3 năm liên tục".' }) text!: string;
  @Field(() => Float, { nullable: true, description: 'Giá trị so sánh (value): số năm, số sáng kiến, tỷ lệ 0..1; trống khi thiếu dữ kiện.' }) value!:
    number | null;
}

@ObjectType({ description: 'Kết quả xét một quy tắc (rule result).' })
export class EligibilityRuleResult {
  @Field(() => EligibilityRule, { description: 'Phiên bản quy tắc đã áp dụng (rule), với văn bản nguồn và hiệu lực.' }) rule!: EligibilityRule;
  @Field(() => EligibilityOutcomeEnum, { description: 'Đạt, không đạt hoặc cần xem xét (outcome).' }) outcome!: EligibilityOutcome;
  @Field(() => [EligibilityFact], { description: 'Các dữ kiện đã dùng (facts).' }) facts!: EligibilityFact[];
  @Field(() => [String], { description: 'Lý do cần xem xét (reasons): dữ kiện thiếu, việc cần cán bộ kiểm tra.' }) reasons!: string[];
}

@ObjectType({
  description: 'Báo cáo xét điều kiện khen thưởng (eligibility report) của một đối tượng cho một hình thức và một năm. Chỉ để tham khảo: không tự khen thưởng.',
})
export class EligibilityReport {
  @Field({ description: 'Tên đối tượng (subject name).' }) subjectName!: string;
  @Field({ description: 'Mã hình thức khen thưởng (award type code).' }) awardTypeCode!: string;
  @Field({ description: 'Tên hình thức khen thưởng (award type name).' }) awardTypeName!: string;
  @Field(() => Int, { description: 'Năm xét (year).' }) year!: number;
  @Field(() => EligibilityOutcomeEnum, {
    description: 'Kết quả chung (outcome): không đạt nếu một quy tắc không đạt; cần xem xét nếu có quy tắc cần xem xét; đạt khi mọi quy tắc đạt.',
  })
  outcome!: EligibilityOutcome;
  @Field(() => [EligibilityRuleResult], { description: 'Kết quả từng quy tắc áp dụng (results).' }) results!: EligibilityRuleResult[];
}
