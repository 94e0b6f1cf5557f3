import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { EligibilityRule } from './eligibility-rule.entity.js';
import { CreateEligibilityRuleInput, EligibilityRulesArgs, RetireEligibilityRuleInput, ReviseEligibilityRuleInput } from './eligibility-rule.inputs.js';
import { EvaluateEligibilityArgs } from './eligibility.inputs.js';
import { EligibilityReport } from './eligibility.types.js';

export const EligibilityRuleConnection = Connection(EligibilityRule);
const EligibilityRulePayload = Payload<EligibilityRule>(
  'EligibilityRule',
  'rule',
  () => EligibilityRule,
  'Kết quả thêm, ban hành phiên bản mới hoặc bãi bỏ quy tắc (eligibility rule payload).',
);

@Resolver(() => EligibilityRule)
export class EligibilityResolver {
  @Query(() => EligibilityRuleConnection, {
    description: 'Các quy tắc xét khen thưởng, mọi phiên bản (eligibility rules): lọc theo mã, hình thức, phạm vi, hiệu lực; theo mã rồi phiên bản mới trước.',
  })
  async eligibilityRules(@Args() args: EligibilityRulesArgs, @Ctx() ctx: Context) {
    return toConnection(EligibilityRuleConnection, await ctx.services.eligibilityRules.list(ctx.actor, args));
  }

  @Query(() => EligibilityReport, {
    description:
      'Xét điều kiện một đối tượng cho một hình thức khen thưởng và một năm (evaluate eligibility): kết quả từng quy tắc có hiệu lực, với dữ kiện đã dùng. Không tự khen thưởng.',
  })
  evaluateEligibility(@Args() args: EvaluateEligibilityArgs, @Ctx() ctx: Context) {
    return ctx.services.eligibility.evaluate(ctx.actor, args);
  }

  @PayloadMutation(() => EligibilityRulePayload, 'Thêm quy tắc mới (create eligibility rule), chỉ Ban Thi đua – Khen thưởng; trùng mã là DUPLICATE.')
  createEligibilityRule(@Arg('input', { description: 'Quy tắc.' }) input: CreateEligibilityRuleInput, @Ctx() ctx: Context) {
    return ctx.services.eligibilityRules.create(ctx.actor, input);
  }

  @PayloadMutation(
    () => EligibilityRulePayload,
    'Ban hành phiên bản mới của quy tắc (revise eligibility rule): phiên bản cũ hết hiệu lực ngày trước đó, giữ cho các năm trước.',
  )
  reviseEligibilityRule(@Arg('input', { description: 'Nội dung phiên bản mới.' }) input: ReviseEligibilityRuleInput, @Ctx() ctx: Context) {
    return ctx.services.eligibilityRules.revise(ctx.actor, input);
  }

  @PayloadMutation(() => EligibilityRulePayload, 'Bãi bỏ quy tắc từ một ngày (retire eligibility rule): đặt ngày hết hiệu lực, lý do vào lịch sử.')
  retireEligibilityRule(@Arg('input', { description: 'Phiên bản và ngày hết hiệu lực.' }) input: RetireEligibilityRuleInput, @Ctx() ctx: Context) {
    return ctx.services.eligibilityRules.retire(ctx.actor, input);
  }
}
