import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { ChangeEvent } from './change-event.entity.js';
import { actorGlobalId, fieldChanges } from './change-event.present.js';
import { FieldChange } from './field-change.type.js';
import { ChangeEventsArgs } from './history.inputs.js';

export const ChangeEventConnection = Connection(ChangeEvent);

@Resolver(() => ChangeEvent)
export class ChangeEventResolver {
  @Query(() => ChangeEventConnection, {
    description:
      'Nhật ký thay đổi (audit log): mọi thay đổi, mới nhất trước; lọc theo ai, cái gì, khi nào. Cần quyền read:audit (quản trị, Ban Thi đua – Khen thưởng, chuyên viên phân tích).',
  })
  async changeEvents(@Args() args: ChangeEventsArgs, @Ctx() ctx: Context) {
    return toConnection(ChangeEventConnection, await ctx.services.history.list(ctx.actor, args));
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'Người thực hiện (actor): mã toàn cục của tài khoản (User) hoặc mã API (ApiToken); null với hệ thống.',
  })
  actorId(@Root() event: ChangeEvent): string | null {
    return actorGlobalId(event);
  }

  @FieldResolver(() => ID, { description: 'Bản ghi thay đổi (entity): mã toàn cục, dùng được với node(id:) nếu bản ghi còn.' })
  entityId(@Root() event: ChangeEvent): string {
    return toGlobalId(event.entityType, event.entityId);
  }

  @FieldResolver(() => [FieldChange], { description: 'Các trường thay đổi, trước và sau (field changes); chỉ các trường có thay đổi.' })
  changes(@Root() event: ChangeEvent, @Ctx() ctx: Context): FieldChange[] {
    return fieldChanges(ctx.db, event);
  }
}
