import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CovenantStatus } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { PayloadMutation } from '../../core/graphql/payload.js';
import { CovenantStatusEnum } from '../../core/graphql/enums.js';
import { TransitionInputType, TransitionOptionType } from '../../core/workflow/workflow.types.js';
import type { TransitionRequest } from '../../core/workflow/workflow.service.js';
import { Covenant } from './covenant.entity.js';
import { CovenantPayload } from './covenant.resolver.js';

const CovenantTransitionOption = TransitionOptionType<CovenantStatus>('Covenant', CovenantStatusEnum);
const TransitionCovenantInput = TransitionInputType<CovenantStatus>('Covenant', CovenantStatusEnum, CovenantStatus.values);

@Resolver(() => Covenant)
export class CovenantWorkflowResolver {
  @FieldResolver(() => [CovenantTransitionOption], {
    description:
      'Các bước chuyển trạng thái bạn được làm từ trạng thái hiện tại (allowed transitions), mỗi bước: đích, nhãn, làm được ngay chưa và vì sao chưa.',
  })
  allowedTransitions(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return ctx.services.covenantWorkflow.allowed(ctx.actor, ctx.loaders, covenant);
  }

  @PayloadMutation(
    () => CovenantPayload,
    'Chuyển trạng thái giao ước theo quy trình (transition covenant): FORBIDDEN nếu không có quyền; INVALID_TRANSITION nếu không phải bước hợp lệ; NOT_ALL_SIGNED… khi điều kiện chưa đủ; CONFLICT nếu expectedVersion đã cũ và trạng thái đã đổi. Ghi vào lịch sử kèm lý do.',
  )
  transitionCovenant(
    @Arg('input', () => TransitionCovenantInput, { description: 'Giao ước, trạng thái đích, lý do.' }) input: TransitionRequest<CovenantStatus>,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.covenantWorkflow.transition(ctx.actor, input);
  }
}
