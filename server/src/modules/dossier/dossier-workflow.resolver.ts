import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DossierStatus } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { PayloadMutation } from '../../core/graphql/payload.js';
import type { TransitionRequest } from '../../core/workflow/workflow.service.js';
import { TransitionInputType, TransitionOptionType } from '../../core/workflow/workflow.types.js';
import { Dossier } from './dossier.entity.js';
import { DossierStatusEnum } from './dossier.enums.js';
import { AggregateDossiersInput } from './dossier.inputs.js';
import { DossierPayload } from './dossier.resolver.js';

const DossierTransitionOption = TransitionOptionType<DossierStatus>('Dossier', DossierStatusEnum);
const TransitionDossierInput = TransitionInputType<DossierStatus>('Dossier', DossierStatusEnum, DossierStatus.values);

@Resolver(() => Dossier)
export class DossierWorkflowResolver {
  @FieldResolver(() => [DossierTransitionOption], {
    description:
      'Các bước chuyển trạng thái bạn được làm từ trạng thái hiện tại (allowed transitions), mỗi bước: đích, nhãn, làm được ngay chưa và vì sao chưa.',
  })
  allowedTransitions(@Root() dossier: Dossier, @Ctx() ctx: Context) {
    return ctx.services.dossierWorkflow.allowed(ctx.actor, ctx.loaders, dossier);
  }

  @PayloadMutation(
    () => DossierPayload,
    'Chuyển hồ sơ theo quy trình (transition dossier): gửi, tiếp nhận, trả lại (cần lý do), chuyển xét, trình cấp có thẩm quyền, trả lại xét duyệt (cần lý do); FORBIDDEN nếu không phải cấp đang giữ; INVALID_TRANSITION; DOSSIER_EMPTY, PROPOSAL_NUMBER_MISSING khi gửi thiếu; CONFLICT nếu expectedVersion đã cũ. Ghi vào lịch sử: ai, lúc nào, từ cấp nào sang cấp nào, lý do.',
  )
  transitionDossier(
    @Arg('input', () => TransitionDossierInput, { description: 'Hồ sơ, trạng thái đích, lý do.' }) input: TransitionRequest<DossierStatus>,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.dossierWorkflow.transition(ctx.actor, input);
  }

  @PayloadMutation(
    () => DossierPayload,
    'Tổng hợp các hồ sơ đã tiếp nhận thành một hồ sơ mới của cấp mình (aggregate dossiers): chép mọi dòng được đưa vào, các hồ sơ nguồn chuyển sang đã tổng hợp; một hồ sơ không tìm thấy, chưa tiếp nhận hoặc khác nơi nhận thì không ghi gì.',
  )
  aggregateDossiers(@Arg('input', { description: 'Các hồ sơ nguồn và tờ trình của hồ sơ tổng hợp.' }) input: AggregateDossiersInput, @Ctx() ctx: Context) {
    return ctx.services.dossierAggregates.aggregate(ctx.actor, input);
  }
}
