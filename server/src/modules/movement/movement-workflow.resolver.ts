import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MovementStatus } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { PayloadMutation } from '../../core/graphql/payload.js';
import { MovementStatusEnum } from '../../core/graphql/enums.js';
import { TransitionInputType, TransitionOptionType } from '../../core/workflow/workflow.types.js';
import type { TransitionRequest } from '../../core/workflow/workflow.service.js';
import { Movement } from './movement.entity.js';
import { MovementPayload } from './movement.resolver.js';

const MovementTransitionOption = TransitionOptionType<MovementStatus>('Movement', MovementStatusEnum);
const TransitionMovementInput = TransitionInputType<MovementStatus>('Movement', MovementStatusEnum, MovementStatus.values);

@Resolver(() => Movement)
export class MovementWorkflowResolver {
  @FieldResolver(() => [MovementTransitionOption], {
    description:
      'Các bước chuyển trạng thái bạn được làm từ trạng thái hiện tại (allowed transitions), mỗi bước: đích, nhãn, làm được ngay chưa và vì sao chưa.',
  })
  allowedTransitions(@Root() movement: Movement, @Ctx() ctx: Context) {
    return ctx.services.movementWorkflow.allowed(ctx.actor, ctx.loaders, movement);
  }

  @PayloadMutation(
    () => MovementPayload,
    'Chuyển trạng thái phong trào theo quy trình (transition movement): FORBIDDEN nếu không có quyền; INVALID_TRANSITION nếu không phải bước hợp lệ; LAUNCH_DOCUMENT_MISSING… khi điều kiện chưa đủ; CONFLICT nếu expectedVersion đã cũ và trạng thái đã đổi. Ghi vào lịch sử kèm lý do.',
  )
  transitionMovement(
    @Arg('input', () => TransitionMovementInput, { description: 'Phong trào, trạng thái đích, lý do.' }) input: TransitionRequest<MovementStatus>,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.movementWorkflow.transition(ctx.actor, input);
  }
}
