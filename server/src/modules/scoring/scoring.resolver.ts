import { Arg, Ctx, ID, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';
import { CovenantAssessment } from './covenant-assessment.entity.js';
import { CovenantScoringSettings } from './covenant-scoring-settings.entity.js';
import { CovenantTarget } from './covenant-target.entity.js';
import { CovenantViolation } from './covenant-violation.entity.js';
import {
  EnterReviewScoreInput,
  EnterSelfAssessmentInput,
  RecordCovenantViolationInput,
  SetCovenantScoringSettingsInput,
  SetCovenantTargetInput,
} from './scoring.inputs.js';

const SettingsPayload = Payload<CovenantScoringSettings>(
  'SetCovenantScoringSettings',
  'settings',
  () => CovenantScoringSettings,
  'Kết quả đặt cách chấm điểm (scoring settings payload).',
);
const TargetPayload = Payload<CovenantTarget>('SetCovenantTarget', 'target', () => CovenantTarget, 'Kết quả giao chỉ tiêu (target payload).');
const AssessmentPayload = Payload<CovenantAssessment>(
  'CovenantAssessment',
  'assessment',
  () => CovenantAssessment,
  'Kết quả tự chấm hoặc thẩm định (assessment payload).',
);
const ViolationPayload = Payload<CovenantViolation>(
  'RecordCovenantViolation',
  'violation',
  () => CovenantViolation,
  'Kết quả ghi nhận vi phạm (violation payload).',
);
const DeleteViolationPayload = Payload<string>('DeleteCovenantViolation', 'deletedId', () => ID, 'Kết quả xóa vi phạm (delete violation payload).');

@Resolver()
export class ScoringResolver {
  @PayloadMutation(
    () => SettingsPayload,
    'Đặt cách chấm điểm của giao ước (set covenant scoring settings): Ban Thi đua – Khen thưởng hoặc cán bộ khối của giao ước.',
  )
  setCovenantScoringSettings(@Arg('input', { description: 'Giao ước và các thiết lập cần đổi.' }) input: SetCovenantScoringSettingsInput, @Ctx() ctx: Context) {
    return ctx.services.scoringSettings.setSettings(ctx.actor, input);
  }

  @PayloadMutation(
    () => TargetPayload,
    'Giao chỉ tiêu một tiêu chí định lượng cho một đơn vị (set covenant target): Ban hoặc cán bộ khối; NOT_A_MEMBER nếu đơn vị không thuộc khối năm đó.',
  )
  setCovenantTarget(@Arg('input', { description: 'Tiêu chí, đơn vị, chỉ tiêu.' }) input: SetCovenantTargetInput, @Ctx() ctx: Context) {
    return ctx.services.scoring.setTarget(ctx.actor, input);
  }

  @PayloadMutation(() => AssessmentPayload, 'Đơn vị tự chấm một tiêu chí (enter self-assessment): cán bộ của chính đơn vị đó, hoặc Ban cho mọi đơn vị.')
  enterSelfAssessment(@Arg('input', { description: 'Tiêu chí, đơn vị, số liệu tự chấm.' }) input: EnterSelfAssessmentInput, @Ctx() ctx: Context) {
    return ctx.services.scoring.enterSelfAssessment(ctx.actor, input);
  }

  @PayloadMutation(() => AssessmentPayload, 'Thẩm định điểm một tiêu chí của một đơn vị (enter review score): cán bộ khối của giao ước, hoặc Ban.')
  enterReviewScore(@Arg('input', { description: 'Tiêu chí, đơn vị, điểm và nhận xét.' }) input: EnterReviewScoreInput, @Ctx() ctx: Context) {
    return ctx.services.scoring.enterReviewScore(ctx.actor, input);
  }

  @PayloadMutation(() => ViolationPayload, 'Ghi nhận vi phạm của một đơn vị (record covenant violation): vi phạm nghiêm trọng thì không được xét dẫn đầu.')
  recordCovenantViolation(@Arg('input', { description: 'Giao ước, đơn vị, nội dung.' }) input: RecordCovenantViolationInput, @Ctx() ctx: Context) {
    return ctx.services.scoringSettings.recordViolation(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteViolationPayload, 'Xóa một vi phạm đã ghi nhận (delete covenant violation).')
  deleteCovenantViolation(
    @Arg('id', () => ID, { description: 'Mã vi phạm.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.scoringSettings.deleteViolation(ctx.actor, id, expectedVersion);
  }
}
