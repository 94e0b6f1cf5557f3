import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { LIMITS } from '@thidua/shared';
import { nodeEntities } from '../../modules/entities.js';
import { Node } from '../db/base.entity.js';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { fromGlobalId } from './global-id.js';

const byTypeName = new Map<string, (typeof nodeEntities)[number]>(nodeEntities.map((entity) => [entity.name, entity]));

function load(ctx: Context, globalId: string): Promise<Node | null> {
  const decoded = fromGlobalId(globalId);
  const entity = decoded && byTypeName.get(decoded.type);
  if (!decoded || !entity) return Promise.resolve(null);
  return ctx.loaders.byId<Node>(entity as never).load(decoded.id);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Bất kỳ bản ghi nào theo mã toàn cục; null nếu không có.' })
  node(@Arg('id', () => ID, { description: 'Mã toàn cục.' }) id: string, @Ctx() ctx: Context) {
    return load(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Nhiều bản ghi theo mã toàn cục, cùng thứ tự; tối đa ${LIMITS.idsMax}.` })
  nodes(@Arg('ids', () => [ID], { description: 'Các mã toàn cục.' }) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > LIMITS.idsMax) throw new BadInputError(`Tối đa ${LIMITS.idsMax} mã một lần.`);
    return Promise.all(ids.map((id) => load(ctx, id)));
  }
}
