import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BallotStatus } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { PayloadMutation } from '../../core/graphql/payload.js';
import { BallotStatusEnum } from '../../core/graphql/enums.js';
import { TransitionInputType, TransitionOptionType } from '../../core/workflow/workflow.types.js';
import type { TransitionRequest } from '../../core/workflow/workflow.service.js';
import { BallotSession } from './ballot-session.entity.js';
import { BallotSessionPayload } from './ballot-session.resolver.js';

const BallotSessionTransitionOption = TransitionOptionType<BallotStatus>('BallotSession', BallotStatusEnum);
const TransitionBallotSessionInput = TransitionInputType<BallotStatus>('BallotSession', BallotStatusEnum, BallotStatus.values);

@Resolver(() => BallotSession)
export class BallotWorkflowResolver {
  @FieldResolver(() => [BallotSessionTransitionOption], {
    description:
      'Các bước chuyển trạng thái bạn được làm từ trạng thái hiện tại (allowed transitions), mỗi bước: đích, nhãn, làm được ngay chưa và vì sao chưa.',
  })
  allowedTransitions(@Root() session: BallotSession, @Ctx() ctx: Context) {
    return ctx.services.ballotWorkflow.allowed(ctx.actor, ctx.loaders, session);
  }

  @PayloadMutation(
    () => BallotSessionPayload,
    'Chuyển trạng thái phiên bỏ phiếu (transition ballot session): mở, kết thúc (kiểm phiếu), hủy (cần lý do); FORBIDDEN nếu không phải trưởng khối hoặc Ban; INVALID_TRANSITION; CONFLICT nếu expectedVersion đã cũ. Ghi vào lịch sử kèm lý do.',
  )
  transitionBallotSession(
    @Arg('input', () => TransitionBallotSessionInput, { description: 'Phiên bỏ phiếu, trạng thái đích, lý do.' }) input: TransitionRequest<BallotStatus>,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.ballotWorkflow.transition(ctx.actor, input);
  }
}
