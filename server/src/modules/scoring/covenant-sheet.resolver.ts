import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CovenantSheetStatus } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { CovenantSheetStatusEnum } from '../../core/graphql/enums.js';
import { TransitionInputType, TransitionOptionType } from '../../core/workflow/workflow.types.js';
import type { TransitionRequest } from '../../core/workflow/workflow.service.js';
import { Covenant } from '../covenant/entities.js';
import { Unit } from '../unit/entities.js';
import { CovenantSheet } from './covenant-sheet.entity.js';
import { AssignCovenantSheetReviewerInput } from './covenant-sheet.inputs.js';
import { vietnamToday } from '../../core/dates.js';
import { isOverdue } from './covenant-sheet.deadline.js';
import { scoringSettingsOf } from './scoring-settings.loader.js';

const Option = TransitionOptionType<CovenantSheetStatus>('CovenantSheet', CovenantSheetStatusEnum);
const TransitionInput = TransitionInputType<CovenantSheetStatus>('CovenantSheet', CovenantSheetStatusEnum, CovenantSheetStatus.values);
const SheetPayload = Payload<CovenantSheet>('CovenantSheet', 'sheet', () => CovenantSheet, 'Kết quả thao tác trên bảng điểm (covenant sheet payload).');

@Resolver(() => CovenantSheet)
export class CovenantSheetResolver {
  @FieldResolver(() => Covenant, { description: 'Giao ước (covenant).' })
  covenant(@Root() sheet: CovenantSheet, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Covenant).load(sheet.covenantId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị được chấm (unit).' })
  unit(@Root() sheet: CovenantSheet, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(sheet.unitId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị chấm chéo (reviewer unit); null là trưởng khối (cán bộ khối) thẩm định.' })
  reviewerUnit(@Root() sheet: CovenantSheet, @Ctx() ctx: Context) {
    return sheet.reviewerUnitId ? ctx.loaders.byId(Unit).load(sheet.reviewerUnitId) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Quá hạn (overdue): đang tự chấm sau hạn tự chấm, hoặc đã nộp mà chưa thẩm định sau hạn thẩm định; tính theo ngày ở Việt Nam (UTC+7).',
  })
  async overdue(@Root() sheet: CovenantSheet, @Ctx() ctx: Context) {
    return isOverdue(sheet.status, await scoringSettingsOf(ctx, sheet.covenantId), vietnamToday());
  }

  @FieldResolver(() => [Option], { description: 'Các bước chuyển bạn được làm từ bước hiện tại (allowed transitions), làm được ngay chưa và vì sao chưa.' })
  allowedTransitions(@Root() sheet: CovenantSheet, @Ctx() ctx: Context) {
    return ctx.services.covenantSheetWorkflow.allowed(ctx.actor, ctx.loaders, sheet);
  }

  @PayloadMutation(
    () => SheetPayload,
    'Chuyển bước bảng điểm của một đơn vị (transition covenant sheet): nộp (SELF_SCORES_MISSING nếu còn tiêu chí chưa tự chấm), trả lại (cần lý do), hoàn thành thẩm định (REVIEW_SCORES_MISSING), mở lại thẩm định, chốt điểm, mở lại điểm đã chốt (chỉ Ban); FORBIDDEN, INVALID_TRANSITION, CONFLICT. Ghi vào lịch sử kèm lý do.',
  )
  transitionCovenantSheet(
    @Arg('input', () => TransitionInput, { description: 'Bảng điểm, bước đích, lý do.' }) input: TransitionRequest<CovenantSheetStatus>,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.covenantSheetWorkflow.transition(ctx.actor, input);
  }

  @PayloadMutation(
    () => SheetPayload,
    'Phân công người thẩm định bảng điểm (assign covenant sheet reviewer): cán bộ khối hoặc Ban; REVIEWER_IS_SELF, NOT_A_MEMBER; CONFLICT nếu expectedVersion đã cũ.',
  )
  assignCovenantSheetReviewer(@Arg('input', { description: 'Bảng điểm và đơn vị chấm chéo.' }) input: AssignCovenantSheetReviewerInput, @Ctx() ctx: Context) {
    return ctx.services.covenantSheets.assignReviewer(ctx.actor, input);
  }
}

@Resolver(() => Covenant)
export class CovenantSheetsResolver {
  @FieldResolver(() => [CovenantSheet], { description: 'Bảng điểm của từng đơn vị thành viên (sheets), theo tên đơn vị; mở khi giao ước sang bước tự chấm.' })
  sheets(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return ctx.loaders
      .group<string, CovenantSheet>(
        'Covenant.sheets',
        (ids) =>
          ctx.db
            .getRepository(CovenantSheet)
            .createQueryBuilder('s')
            .innerJoin('s.unit', 'u')
            .where('s.covenant_id = ANY(:ids)', { ids })
            .orderBy('u.name')
            .addOrderBy('s.id')
            .getMany(),
        (s) => s.covenantId,
      )
      .load(covenant.id);
  }
}
