import { Arg, Ctx, Field, Mutation, ObjectType, Resolver, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { UserError } from '../../core/errors.js';
import { userErrorsMiddleware } from '../../core/graphql/payload.js';
import { Decision } from '../decision/entities.js';
import { Commendation } from './commendation.entity.js';
import { RecordCommendationsInput } from './commendation-batch.inputs.js';
import type { RecordedCommendations } from './commendation-batch.service.js';

@ObjectType({ description: 'Kết quả ghi nhận một đợt khen thưởng (record commendations payload): tất cả hoặc không gì cả.' })
export class RecordCommendationsPayload {
  @Field(() => Decision, { nullable: true, description: 'Quyết định của đợt (đã có hoặc vừa tạo); null khi có lỗi.' })
  decision!: Decision | null;

  @Field(() => [Commendation], { description: 'Các khen thưởng đã ghi, theo thứ tự recipients; rỗng khi có lỗi.' })
  commendations!: Commendation[];

  @Field(() => [UserError], { description: 'Lỗi nghiệp vụ, tại ["recipients","<i>","<trường>"] cho từng người, đơn vị; rỗng khi thành công.' })
  userErrors!: UserError[];
}

/** Same semantics as every payload mutation (validation and business errors → userErrors), reshaped. */
const batchPayload: MiddlewareFn = async (data, next) => {
  const { record, userErrors } = (await userErrorsMiddleware(data, next)) as { record: RecordedCommendations | null; userErrors: UserError[] };
  return { decision: record?.decision ?? null, commendations: record?.commendations ?? [], userErrors };
};

@Resolver()
export class CommendationBatchResolver {
  @Mutation(() => RecordCommendationsPayload, {
    description:
      'Ghi nhận một đợt khen thưởng theo một quyết định (đã có hoặc mới) cho nhiều người, đơn vị: tất cả được lưu trong một giao dịch, hoặc không gì cả.',
  })
  @UseMiddleware(batchPayload)
  recordCommendations(
    @Arg('input', { description: 'Quyết định, danh hiệu, năm và danh sách được khen.' }) input: RecordCommendationsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.commendationBatches.record(ctx.actor, input);
  }
}
