import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { LIMITS } from '@thidua/shared';
import { Node } from '../db/base.entity.js';
import type { Context } from '../context.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Bất kỳ bản ghi nào theo mã toàn cục; null nếu không có hoặc ngoài phạm vi được xem.' })
  node(@Arg('id', () => ID, { description: 'Mã toàn cục.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.nodes.get(ctx.actor, ctx.loaders, id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Nhiều bản ghi theo mã toàn cục, cùng thứ tự; tối đa ${LIMITS.idsMax}.` })
  nodes(@Arg('ids', () => [ID], { description: 'Các mã toàn cục.' }) ids: string[], @Ctx() ctx: Context) {
    return ctx.services.nodes.getMany(ctx.actor, ctx.loaders, ids);
  }
}
