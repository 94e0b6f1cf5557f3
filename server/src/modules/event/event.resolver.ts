import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Unit } from '../unit/entities.js';
import { Event } from './event.entity.js';
import { CreateEventInput, EventsArgs, UpdateEventInput } from './event.inputs.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

export const EventConnection = Connection(Event);
const EventPayload = Payload<Event>('Event', 'event', () => Event, 'Kết quả tạo hoặc sửa hội nghị (event payload).');
const DeleteEventPayload = Payload<string>('DeleteEvent', 'deletedId', () => ID, 'Kết quả xóa hội nghị (delete event payload).');

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { description: 'Một hội nghị, sự kiện theo mã (event).' })
  event(@Arg('id', () => ID, { description: 'Mã hội nghị.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.events.get(ctx.actor, id);
  }

  @Query(() => EventConnection, { description: 'Danh sách hội nghị, sự kiện (events): lọc, sắp xếp, phân trang.' })
  async events(@Args() args: EventsArgs, @Ctx() ctx: Context) {
    return toConnection(EventConnection, await ctx.services.events.list(ctx.actor, args));
  }

  @PayloadMutation(() => EventPayload, 'Tạo hội nghị, sự kiện (create event).')
  createEvent(@Arg('input', { description: 'Dữ liệu hội nghị.' }) input: CreateEventInput, @Ctx() ctx: Context) {
    return ctx.services.events.create(ctx.actor, input);
  }

  @PayloadMutation(() => EventPayload, 'Sửa hội nghị, sự kiện (update event).')
  updateEvent(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateEventInput, @Ctx() ctx: Context) {
    return ctx.services.events.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteEventPayload, 'Xóa hội nghị (delete event); giao ước ký tại đó giữ nguyên, chỉ bỏ liên kết.')
  deleteEvent(@Arg('id', () => ID, { description: 'Mã hội nghị.' }) id: string, @ExpectedVersionArg() expectedVersion: number | null, @Ctx() ctx: Context) {
    return ctx.services.events.delete(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị chủ trì (host unit).' })
  hostUnit(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, event.hostUnitId);
  }
}

@Resolver(() => Unit)
export class UnitEventsResolver {
  @FieldResolver(() => [Event], { description: 'Hội nghị do đơn vị chủ trì (hosted events), mới nhất trước.' })
  hostedEvents(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders
      .group<string, Event>(
        'Unit.hostedEvents',
        (ids) =>
          ctx.db
            .getRepository(Event)
            .createQueryBuilder('e')
            .where('e.hostUnitId IN (:...ids)', { ids })
            .orderBy('e.heldOn', 'DESC')
            .addOrderBy('e.id')
            .getMany(),
        (e) => e.hostUnitId!,
      )
      .load(unit.id);
  }
}
