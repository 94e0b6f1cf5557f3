import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { PayloadMutation } from '../../core/graphql/payload.js';
import { Commendation } from '../commendation/entities.js';
import { Decision } from '../decision/entities.js';
import { DossierLine } from './dossier-line.entity.js';
import { DossierLinePayload } from './dossier-line.resolver.js';
import {
  AppraiseDossierLineInput,
  ApproveDossierInput,
  AssignDossierSpecialistInput,
  CancelDossierApprovalInput,
  CreateDossierFromProposalsInput,
} from './dossier-flow.inputs.js';
import { Dossier } from './dossier.entity.js';
import { DossierPayload } from './dossier.resolver.js';

/** From the bloc's vote to the decision: dossier from proposals, appraisal per line, approval and its cancellation. */
@Resolver(() => Dossier)
export class DossierFlowResolver {
  @PayloadMutation(
    () => DossierPayload,
    'Lập hồ sơ của khối từ các đề nghị của kết quả bỏ phiếu (create dossier from proposals): một dòng cho mỗi đề nghị, đơn vị đề nghị là trưởng khối; đề nghị đã vào hồ sơ khác là PROPOSAL_IN_DOSSIER; lỗi một đề nghị thì không ghi gì.',
  )
  createDossierFromProposals(@Arg('input', { description: 'Các đề nghị và tờ trình.' }) input: CreateDossierFromProposalsInput, @Ctx() ctx: Context) {
    return ctx.services.dossierFromProposals.create(ctx.actor, input);
  }

  @PayloadMutation(
    () => DossierPayload,
    'Phân công chuyên viên xử lý hồ sơ ở Ban (assign dossier specialist): từ đó chỉ chuyên viên đó (và quản trị) làm các bước của Ban; trống là bỏ phân công; INVALID_STATE khi Ban không giữ hồ sơ; INVALID nếu không phải cán bộ của Ban.',
  )
  assignDossierSpecialist(@Arg('input', { description: 'Hồ sơ và chuyên viên.' }) input: AssignDossierSpecialistInput, @Ctx() ctx: Context) {
    return ctx.services.dossierSpecialists.assign(ctx.actor, input);
  }

  @PayloadMutation(
    () => DossierPayload,
    'Phê duyệt hồ sơ (approve dossier), Ban thay cấp quyết định: ghi quyết định và một khen thưởng cho mỗi dòng đủ điều kiện, hồ sơ sang đã khen thưởng; trùng số quyết định hoặc trùng khen thưởng thì không ghi gì.',
  )
  approveDossier(@Arg('input', { description: 'Hồ sơ và quyết định.' }) input: ApproveDossierInput, @Ctx() ctx: Context) {
    return ctx.services.dossierApprovals.approve(ctx.actor, input);
  }

  @PayloadMutation(
    () => DossierPayload,
    'Hủy phê duyệt (cancel dossier approval): gỡ các khen thưởng đã ghi theo hồ sơ và quyết định nếu không còn dùng, hồ sơ về chờ xét khen thưởng; cần lý do; đã trao tặng hoặc thu hồi là COMMENDATION_PRESENTED.',
  )
  cancelDossierApproval(@Arg('input', { description: 'Hồ sơ và lý do.' }) input: CancelDossierApprovalInput, @Ctx() ctx: Context) {
    return ctx.services.dossierApprovals.cancel(ctx.actor, input);
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'Quyết định khen thưởng (decision) khi hồ sơ đã được phê duyệt.' })
  decision(@Root() d: Dossier, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Decision, d.decisionId);
  }
}

@Resolver(() => DossierLine)
export class DossierLineFlowResolver {
  @PayloadMutation(
    () => DossierLinePayload,
    'Thẩm định một dòng đề nghị (appraise dossier line), chỉ Ban, khi hồ sơ đang ở Ban: đủ hoặc không đủ điều kiện, ý kiến, báo cáo xét tự động lưu lại; khác kết quả xét tự động thì cần lý do (OVERRIDE_REASON_REQUIRED).',
  )
  appraiseDossierLine(@Arg('input', { description: 'Dòng, kết quả, ý kiến, lý do.' }) input: AppraiseDossierLineInput, @Ctx() ctx: Context) {
    return ctx.services.dossierAppraisals.appraise(ctx.actor, input);
  }

  @FieldResolver(() => Commendation, { nullable: true, description: 'Khen thưởng đã ghi cho dòng này khi hồ sơ được phê duyệt (commendation).' })
  commendation(@Root() l: DossierLine, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Commendation, l.commendationId);
  }
}
