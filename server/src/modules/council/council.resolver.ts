import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { councilQuorumMet, CouncilStatus } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { TransitionInputType, TransitionOptionType } from '../../core/workflow/workflow.types.js';
import type { TransitionRequest } from '../../core/workflow/workflow.service.js';
import { DossierLine } from '../dossier/entities.js';
import { CouncilSession } from './council-session.entity.js';
import { presentOf, scoredAgenda } from './council.agenda.js';
import { CouncilStatusEnum } from './council.enums.js';
import { CouncilSessionsArgs, CreateCouncilSessionInput, RecordCouncilVotesInput, UpdateCouncilSessionInput } from './council.inputs.js';
import { CouncilAgendaItem } from './council.types.js';

const CouncilSessionConnection = Connection(CouncilSession);
const CouncilSessionPayload = Payload<CouncilSession>(
  'CouncilSession',
  'session',
  () => CouncilSession,
  'Kết quả thao tác trên phiên họp Hội đồng (council session payload).',
);
const DeleteCouncilSessionPayload = Payload<string>(
  'DeleteCouncilSession',
  'deletedId',
  () => ID,
  'Kết quả xóa phiên họp Hội đồng (delete council session payload).',
);
const CouncilSessionTransitionOption = TransitionOptionType<CouncilStatus>('CouncilSession', CouncilStatusEnum);
const TransitionCouncilSessionInput = TransitionInputType<CouncilStatus>('CouncilSession', CouncilStatusEnum, CouncilStatus.values);

@Resolver(() => CouncilSession)
export class CouncilSessionResolver {
  @Query(() => CouncilSession, { description: 'Một phiên họp Hội đồng Thi đua – Khen thưởng (council session); Ban và người xem toàn tỉnh.' })
  councilSession(@Arg('id', () => ID, { description: 'Mã phiên họp.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.councilSessions.get(ctx.actor, id);
  }

  @Query(() => CouncilSessionConnection, {
    description: 'Các phiên họp Hội đồng Thi đua – Khen thưởng (council sessions): lọc theo năm, trạng thái; phân trang.',
  })
  async councilSessions(@Args() args: CouncilSessionsArgs, @Ctx() ctx: Context) {
    return toConnection(CouncilSessionConnection, await ctx.services.councilSessions.list(ctx.actor, args));
  }

  @PayloadMutation(
    () => CouncilSessionPayload,
    'Lập phiên họp Hội đồng (create council session): Ban; các đối tượng biểu quyết phải đủ điều kiện và thuộc hồ sơ đang chờ xét khen thưởng (NOT_AWAITING_DECISION).',
  )
  createCouncilSession(
    @Arg('input', { description: 'Tiêu đề, năm, thành viên, đối tượng biểu quyết, thiết lập.' }) input: CreateCouncilSessionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.councilSessions.create(ctx.actor, input);
  }

  @PayloadMutation(
    () => CouncilSessionPayload,
    'Sửa phiên họp Hội đồng (update council session): INVALID_STATE ngoài dự thảo (khi đang biểu quyết chỉ ngày, địa điểm, điểm danh); VOTES_EXCEED_PRESENT; CONFLICT nếu expectedVersion đã cũ.',
  )
  updateCouncilSession(
    @Arg('input', { description: 'Phiên họp, các trường cần sửa, phiên bản đã thấy.' }) input: UpdateCouncilSessionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.councilSessions.update(ctx.actor, input);
  }

  @PayloadMutation(
    () => CouncilSessionPayload,
    'Ghi kết quả kiểm phiếu của Hội đồng (record council votes): số phiếu đồng ý, không đồng ý từng đối tượng; chỉ khi đang biểu quyết; NOT_ON_AGENDA, VOTES_EXCEED_PRESENT; CONFLICT nếu expectedVersion đã cũ.',
  )
  recordCouncilVotes(@Arg('input', { description: 'Phiên họp, số phiếu từng đối tượng.' }) input: RecordCouncilVotesInput, @Ctx() ctx: Context) {
    return ctx.services.councilSessions.recordVotes(ctx.actor, input);
  }

  @PayloadMutation(
    () => CouncilSessionPayload,
    'Chuyển trạng thái phiên họp Hội đồng (transition council session): bắt đầu biểu quyết (cần thành viên và đối tượng), kết thúc (đủ số thành viên có mặt, mọi đối tượng đã ghi phiếu; ghi kết quả vào từng dòng đề nghị và lập biên bản), hủy (cần lý do).',
  )
  transitionCouncilSession(
    @Arg('input', () => TransitionCouncilSessionInput, { description: 'Phiên họp, trạng thái đích, lý do.' }) input: TransitionRequest<CouncilStatus>,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.councilWorkflow.transition(ctx.actor, input);
  }

  @PayloadMutation(
    () => DeleteCouncilSessionPayload,
    'Xóa phiên họp Hội đồng dự thảo hoặc đã hủy (delete council session); phiên đã họp giữ lại cùng biên bản.',
  )
  deleteCouncilSession(
    @Arg('id', () => ID, { description: 'Mã phiên họp.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.councilSessions.delete(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => [CouncilSessionTransitionOption], {
    description:
      'Các bước chuyển trạng thái bạn được làm từ trạng thái hiện tại (allowed transitions), mỗi bước: đích, nhãn, làm được ngay chưa và vì sao chưa.',
  })
  allowedTransitions(@Root() session: CouncilSession, @Ctx() ctx: Context) {
    return ctx.services.councilWorkflow.allowed(ctx.actor, ctx.loaders, session);
  }

  @FieldResolver(() => [CouncilAgendaItem], { description: 'Các đối tượng biểu quyết theo thứ tự, số phiếu đã ghi và kết quả (agenda).' })
  agenda(@Root() session: CouncilSession) {
    return scoredAgenda(session);
  }

  @FieldResolver(() => Int, { description: 'Số thành viên có mặt (present count).' })
  presentCount(@Root() session: CouncilSession) {
    return presentOf(session);
  }

  @FieldResolver(() => Boolean, { description: 'Đủ số thành viên có mặt theo quy định của phiên (quorum met).' })
  quorumMet(@Root() session: CouncilSession) {
    return councilQuorumMet(presentOf(session), session.members.length, session.quorumPercent);
  }
}

@Resolver(() => CouncilAgendaItem)
export class CouncilAgendaItemResolver {
  @FieldResolver(() => DossierLine, { nullable: true, description: 'Dòng đề nghị (dossier line) với đối tượng, hình thức và hồ sơ; trống nếu đã bị xóa.' })
  line(@Root() item: CouncilAgendaItem, @Ctx() ctx: Context) {
    return ctx.loaders.ref(DossierLine, item.lineId);
  }
}

@Resolver(() => DossierLine)
export class DossierLineCouncilResolver {
  @FieldResolver(() => CouncilSession, { nullable: true, description: 'Phiên họp Hội đồng đã biểu quyết dòng này (council session), nếu bạn được xem.' })
  councilSession(@Root() line: DossierLine, @Ctx() ctx: Context) {
    return ctx.loaders.ref(CouncilSession, line.councilSessionId);
  }
}
