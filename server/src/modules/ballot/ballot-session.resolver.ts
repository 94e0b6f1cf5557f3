import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Covenant } from '../covenant/entities.js';
import { Unit } from '../unit/entities.js';
import { BallotParticipation } from './ballot-participation.entity.js';
import { BallotSession } from './ballot-session.entity.js';
import { CastBallotInput, CreateBallotSessionInput, UpdateBallotSessionInput } from './ballot.inputs.js';
import { BallotCandidateResult, BallotResults, BallotTurnout } from './ballot.types.js';

export const BallotSessionPayload = Payload<BallotSession>(
  'BallotSession',
  'session',
  () => BallotSession,
  'Kết quả thao tác trên phiên bỏ phiếu (ballot session payload).',
);
const CastBallotPayload = Payload<BallotSession>(
  'CastBallot',
  'session',
  () => BallotSession,
  'Kết quả bỏ phiếu: phiên với số đã bỏ phiếu mới (cast ballot payload).',
);

@Resolver(() => BallotSession)
export class BallotSessionResolver {
  @PayloadMutation(
    () => BallotSessionPayload,
    'Tạo phiên bỏ phiếu (create ballot session): trưởng khối hoặc Ban; NOT_A_MEMBER nếu ứng viên không là thành viên khối trong năm giao ước.',
  )
  createBallotSession(@Arg('input', { description: 'Giao ước, mục đích, danh sách bầu, thiết lập.' }) input: CreateBallotSessionInput, @Ctx() ctx: Context) {
    return ctx.services.ballotSessions.create(ctx.actor, input);
  }

  @PayloadMutation(
    () => BallotSessionPayload,
    'Sửa phiên bỏ phiếu khi còn dự thảo (update ballot session): INVALID_STATE khi đã mở; NOT_A_MEMBER cho ứng viên ngoài khối; CONFLICT nếu expectedVersion đã cũ.',
  )
  updateBallotSession(@Arg('input', { description: 'Phiên, các trường cần sửa, phiên bản đã thấy.' }) input: UpdateBallotSessionInput, @Ctx() ctx: Context) {
    return ctx.services.ballotSessionEdits.update(ctx.actor, input);
  }

  @PayloadMutation(
    () => CastBallotPayload,
    'Bỏ phiếu (cast ballot): cán bộ đơn vị cho đơn vị mình, Ban ghi phiếu giấy; mỗi đơn vị một lần (ALREADY_VOTED, hoặc DUPLICATE khi gửi trùng cùng lúc); BALLOT_NOT_OPEN, NOT_A_CANDIDATE, SELF_VOTE, TOO_MANY_CHOICES. Phiếu kín: không ai đọc được lựa chọn của đơn vị.',
  )
  castBallot(@Arg('input', { description: 'Phiên, đơn vị bỏ phiếu, các ứng viên đồng ý.' }) input: CastBallotInput, @Ctx() ctx: Context) {
    return ctx.services.ballotCasts.cast(ctx.actor, input);
  }

  @FieldResolver(() => Covenant, { description: 'Giao ước của phiên (covenant).' })
  covenant(@Root() session: BallotSession, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Covenant).load(session.covenantId);
  }

  @FieldResolver(() => [Unit], { description: 'Danh sách bầu theo thứ tự trên phiếu (candidates).' })
  async candidates(@Root() session: BallotSession, @Ctx() ctx: Context) {
    const units = await ctx.loaders.byId(Unit).loadMany(session.candidateUnitIds);
    return units.filter((u): u is Unit => u instanceof Unit);
  }

  @FieldResolver(() => BallotTurnout, { description: 'Số đơn vị đã bỏ phiếu (turnout), xem được cả khi đang bỏ phiếu.' })
  turnout(@Root() session: BallotSession, @Ctx() ctx: Context) {
    return ctx.services.ballotSessions.turnout(ctx.actor, ctx.loaders, session);
  }

  @FieldResolver(() => [BallotParticipation], { description: 'Các đơn vị đã bỏ phiếu và thời điểm (participations); không có lựa chọn.' })
  participations(@Root() session: BallotSession, @Ctx() ctx: Context) {
    return ctx.services.ballotSessions.participations(ctx.actor, ctx.loaders, session.id);
  }

  @FieldResolver(() => BallotResults, { nullable: true, description: 'Kết quả kiểm phiếu; null cho đến khi phiên kết thúc (results).' })
  results(@Root() session: BallotSession, @Ctx() ctx: Context) {
    return ctx.services.ballotSessions.results(ctx.actor, session);
  }
}

@Resolver(() => BallotParticipation)
export class BallotParticipationResolver {
  @FieldResolver(() => BallotSession, { description: 'Phiên bỏ phiếu (ballot session).' })
  session(@Root() p: BallotParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(BallotSession).load(p.sessionId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị đã bỏ phiếu (unit).' })
  unit(@Root() p: BallotParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(p.unitId);
  }
}

@Resolver(() => BallotCandidateResult)
export class BallotCandidateResultResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị ứng viên (candidate unit).' })
  unit(@Root() result: BallotCandidateResult, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(result.unitId);
  }
}

@Resolver(() => Covenant)
export class CovenantBallotsResolver {
  @FieldResolver(() => [BallotSession], { description: 'Các phiên bỏ phiếu của giao ước (ballot sessions), cũ trước.' })
  ballotSessions(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return ctx.services.ballotSessions.ofCovenant(ctx.actor, ctx.loaders, covenant.id);
  }
}
