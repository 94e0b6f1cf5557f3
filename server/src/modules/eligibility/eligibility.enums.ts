import * as vocab from '@thidua/shared';
import { graphqlEnum } from '../../core/graphql/enums.js';

export const EligibilityOutcomeEnum = graphqlEnum(
  vocab.EligibilityOutcome,
  'EligibilityOutcome',
  'Kết quả xét một quy tắc: đạt, không đạt, cần xem xét (eligibility outcome).',
);
export const PerformanceRatingLevelEnum = graphqlEnum(
  vocab.PerformanceRatingLevel,
  'PerformanceRatingLevel',
  'Mức xếp loại hằng năm (performance rating level).',
);
export const InitiativeLevelEnum = graphqlEnum(vocab.InitiativeLevel, 'InitiativeLevel', 'Cấp công nhận sáng kiến (initiative level).');
export const DisciplineFormEnum = graphqlEnum(vocab.DisciplineForm, 'DisciplineForm', 'Hình thức kỷ luật (discipline form).');
export const RuleMarkEnum = graphqlEnum(
  vocab.RuleMark,
  'RuleMark',
  'Mức kiểm chứng của quy tắc (rule mark): V đã đối chiếu, R nguồn thứ cấp, M chưa kiểm chứng.',
);
