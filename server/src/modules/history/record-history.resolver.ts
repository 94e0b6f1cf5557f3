import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BaseRecord } from '../../core/db/base.entity.js';
import { toConnection } from '../../core/graphql/connection.js';
import { ChangeEventConnection } from './change-event.resolver.js';
import { HistoryArgs } from './history.inputs.js';

/** `history` on the Versioned interface: every record type inherits it. */
@Resolver(() => BaseRecord)
export class RecordHistoryResolver {
  @FieldResolver(() => ChangeEventConnection, {
    description: 'Lịch sử thay đổi (history) của bản ghi này, mới nhất trước: ai đổi gì, khi nào. Phân trang first/after.',
  })
  async history(@Root() record: BaseRecord, @Args() args: HistoryArgs, @Ctx() ctx: Context) {
    return toConnection(ChangeEventConnection, await ctx.services.history.ofRecord(ctx.actor, ctx.loaders, record, args));
  }
}
