import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Movement } from '../movement/entities.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { AddCovenantCriterionInput, MoveCovenantCriterionInput, UpdateCovenantCriterionInput } from './covenant-criterion.inputs.js';
import { outlineOf } from './covenant-criterion.tree.js';
import { Covenant } from './covenant.entity.js';
import { allCriteriaOf, movementsOfCriterion } from './covenant.loaders.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

const CriterionPayload = Payload<CovenantCriterion>(
  'CovenantCriterion',
  'criterion',
  () => CovenantCriterion,
  'Kết quả thêm, sửa, chuyển tiêu chí (criterion payload).',
);
const DeleteCriterionPayload = Payload<string>('DeleteCovenantCriterion', 'deletedId', () => ID, 'Kết quả xóa tiêu chí (delete criterion payload).');

@Resolver(() => CovenantCriterion)
export class CovenantCriterionResolver {
  @PayloadMutation(() => CriterionPayload, 'Thêm nhiệm vụ, tiêu chí vào giao ước (add covenant criterion).')
  addCovenantCriterion(@Arg('input', { description: 'Dữ liệu tiêu chí và vị trí.' }) input: AddCovenantCriterionInput, @Ctx() ctx: Context) {
    return ctx.services.covenantCriteria.add(ctx.actor, input);
  }

  @PayloadMutation(() => CriterionPayload, 'Sửa nhiệm vụ, tiêu chí (update covenant criterion).')
  updateCovenantCriterion(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateCovenantCriterionInput, @Ctx() ctx: Context) {
    return ctx.services.covenantCriteria.update(ctx.actor, input);
  }

  @PayloadMutation(() => CriterionPayload, 'Chuyển vị trí tiêu chí giữa các tiêu chí cùng cấp (move covenant criterion).')
  moveCovenantCriterion(@Arg('input', { description: 'Tiêu chí và vị trí mới.' }) input: MoveCovenantCriterionInput, @Ctx() ctx: Context) {
    return ctx.services.covenantCriteria.move(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteCriterionPayload, 'Xóa tiêu chí cùng các tiêu chí con (delete covenant criterion).')
  deleteCovenantCriterion(
    @Arg('id', () => ID, { description: 'Mã tiêu chí.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.covenantCriteria.delete(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => String, { description: 'Số đề mục theo vị trí (number), ví dụ "1", "2", "2.1".' })
  async number(@Root() criterion: CovenantCriterion, @Ctx() ctx: Context) {
    return outlineOf(await allCriteriaOf(ctx, criterion.covenantId)).numbers.get(criterion.id) ?? '';
  }

  @FieldResolver(() => Covenant, { description: 'Giao ước chứa tiêu chí (covenant).' })
  covenant(@Root() criterion: CovenantCriterion, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Covenant).load(criterion.covenantId);
  }

  @FieldResolver(() => CovenantCriterion, { nullable: true, description: 'Tiêu chí cha (parent).' })
  parent(@Root() criterion: CovenantCriterion, @Ctx() ctx: Context) {
    return ctx.loaders.ref(CovenantCriterion, criterion.parentId);
  }

  @FieldResolver(() => [CovenantCriterion], { description: 'Tiêu chí con (children), theo thứ tự.' })
  async children(@Root() criterion: CovenantCriterion, @Ctx() ctx: Context) {
    return outlineOf(await allCriteriaOf(ctx, criterion.covenantId)).children.get(criterion.id) ?? [];
  }

  @FieldResolver(() => [Movement], { description: 'Các phong trào tiêu chí hướng tới (movements), theo tên.' })
  movements(@Root() criterion: CovenantCriterion, @Ctx() ctx: Context) {
    return movementsOfCriterion(ctx, criterion.id);
  }
}
