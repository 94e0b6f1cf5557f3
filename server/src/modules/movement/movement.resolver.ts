import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { CovenantCriterion, Covenant } from '../covenant/entities.js';
import { covenantsOfMovement, criteriaOfMovement } from '../covenant/index.js';
import { Decision } from '../decision/entities.js';
import { Unit } from '../unit/entities.js';
import { Movement } from './movement.entity.js';
import { CreateMovementInput, MovementsArgs, UpdateMovementInput } from './movement.inputs.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

export const MovementConnection = Connection(Movement);
export const MovementPayload = Payload<Movement>('Movement', 'movement', () => Movement, 'Kết quả tạo hoặc sửa phong trào (movement payload).');
const DeleteMovementPayload = Payload<string>('DeleteMovement', 'deletedId', () => ID, 'Kết quả xóa phong trào (delete movement payload).');

@Resolver(() => Movement)
export class MovementResolver {
  @Query(() => Movement, { description: 'Một phong trào thi đua theo mã (movement).' })
  movement(@Arg('id', () => ID, { description: 'Mã phong trào.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.movements.get(ctx.actor, id);
  }

  @Query(() => MovementConnection, { description: 'Danh sách phong trào thi đua (movements): lọc, tìm không dấu, sắp xếp, phân trang.' })
  async movements(@Args() args: MovementsArgs, @Ctx() ctx: Context) {
    return toConnection(MovementConnection, await ctx.services.movements.list(ctx.actor, args));
  }

  @PayloadMutation(() => MovementPayload, 'Tạo phong trào thi đua (create movement).')
  createMovement(@Arg('input', { description: 'Dữ liệu phong trào.' }) input: CreateMovementInput, @Ctx() ctx: Context) {
    return ctx.services.movements.create(ctx.actor, input);
  }

  @PayloadMutation(() => MovementPayload, 'Sửa phong trào thi đua (update movement).')
  updateMovement(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateMovementInput, @Ctx() ctx: Context) {
    return ctx.services.movements.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteMovementPayload, 'Xóa phong trào (delete movement); IN_USE nếu còn phong trào con hoặc khen thưởng tham chiếu.')
  deleteMovement(
    @Arg('id', () => ID, { description: 'Mã phong trào.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.movements.delete(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => Movement, { nullable: true, description: 'Phong trào cấp trên mà phong trào này hưởng ứng (parent).' })
  parent(@Root() movement: Movement, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Movement, movement.parentId);
  }

  @FieldResolver(() => [Movement], { description: 'Các phong trào hưởng ứng phong trào này (children), theo tên.' })
  children(@Root() movement: Movement, @Ctx() ctx: Context) {
    return ctx.loaders
      .group<string, Movement>(
        'Movement.children',
        (ids) =>
          ctx.db.getRepository(Movement).createQueryBuilder('m').where('m.parentId IN (:...ids)', { ids }).orderBy('m.name').addOrderBy('m.id').getMany(),
        (m) => m.parentId!,
      )
      .load(movement.id);
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'Quyết định phát động (launch decision).' })
  launchDecision(@Root() movement: Movement, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Decision, movement.launchDecisionId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị tổ chức (organizer unit).' })
  organizerUnit(@Root() movement: Movement, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, movement.organizerUnitId);
  }

  @FieldResolver(() => [CovenantCriterion], { description: 'Các tiêu chí giao ước hướng tới phong trào này (criteria), giao ước mới nhất trước.' })
  criteria(@Root() movement: Movement, @Ctx() ctx: Context) {
    return criteriaOfMovement(ctx, movement.id);
  }

  @FieldResolver(() => [Covenant], { description: 'Các giao ước hưởng ứng chung phong trào này (covenants), năm mới nhất trước.' })
  covenants(@Root() movement: Movement, @Ctx() ctx: Context) {
    return covenantsOfMovement(ctx, movement.id);
  }
}
