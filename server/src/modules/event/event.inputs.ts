import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional } from 'class-validator';
import { LIMITS, type EventKind } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { EventKindEnum } from '../../core/graphql/enums.js';
import { DateFilter, DateTimeFilter, EnumFilter, IDFilter, StringFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { MaxLen, Required } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

export enum EventOrderField {
  HELD_ON = 'HELD_ON',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'Trường sắp xếp hội nghị (event order field).',
  valuesConfig: {
    HELD_ON: { description: 'Ngày tổ chức (held on).' },
    TITLE: { description: 'Tên hội nghị (title).' },
    CREATED_AT: { description: 'Thời điểm tạo (created at).' },
  },
});

@InputType({ description: 'Sắp xếp hội nghị (event order).' })
export class EventOrder {
  @Field(() => EventOrderField, { description: 'Trường sắp xếp.' }) field!: EventOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp.' }) direction!: OrderDirection;
}

const EventKindFilter = EnumFilter<EventKind>(EventKindEnum, 'EventKind');

@InputType({ description: 'Bộ lọc hội nghị (event filter); các trường cùng cấp kết hợp AND.' })
export class EventFilter {
  @Field(() => [EventFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng.' }) and?: EventFilter[];
  @Field(() => [EventFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng.' }) or?: EventFilter[];
  @Field(() => EventFilter, { nullable: true, description: 'Phủ định.' }) not?: EventFilter;
  @Field(() => EventKindFilter, { nullable: true, description: 'Loại hội nghị (kind).' }) kind?: InstanceType<typeof EventKindFilter>;
  @Field(() => StringFilter, { nullable: true, description: 'Tên hội nghị (title).' }) title?: StringFilter;
  @Field(() => DateFilter, { nullable: true, description: 'Ngày tổ chức (held on).' }) heldOn?: DateFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Đơn vị chủ trì (host unit).' }) hostUnitId?: IDFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: 'Thời điểm tạo (created at).' }) createdAt?: DateTimeFilter;
}

@ArgsType()
export class EventsArgs extends ConnectionArgs {
  @Field(() => EventFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: EventFilter | null;
  @Field(() => [EventOrder], { nullable: true, description: 'Sắp xếp; mặc định ngày tổ chức mới nhất trước.' }) orderBy?: EventOrder[] | null;
}

@InputType({ description: 'Dữ liệu tạo hội nghị, sự kiện (create event).' })
export class CreateEventInput {
  @Field(() => EventKindEnum, { description: 'Loại hội nghị (kind).' }) kind!: EventKind;
  @Field({ description: 'Tên hội nghị (title).' }) @Required() @MaxLen(LIMITS.nameMax) title!: string;
  @Field(() => LocalDateResolver, { description: 'Ngày tổ chức (held on).' }) heldOn!: string;
  @Field(() => String, { nullable: true, description: 'Địa điểm (venue).' }) @IsOptional() @MaxLen(LIMITS.nameMax) venue?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị chủ trì (host unit).' }) hostUnitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Thành phần dự (attendees).' }) @IsOptional() @MaxLen(LIMITS.textMax) attendees?: string | null;
  @Field(() => String, { nullable: true, description: 'Nội dung, diễn biến (description).' }) @IsOptional() @MaxLen(LIMITS.textMax) description?: string | null;
}

@InputType({ description: 'Sửa hội nghị (update event): chỉ các trường được gửi mới thay đổi.' })
export class UpdateEventInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã hội nghị.' }) id!: string;
  @Field(() => EventKindEnum, { nullable: true, description: 'Loại hội nghị (kind).' }) kind?: EventKind;
  @Field(() => String, { nullable: true, description: 'Tên hội nghị (title).' }) @IsOptional() @Required() @MaxLen(LIMITS.nameMax) title?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày tổ chức (held on).' }) heldOn?: string;
  @Field(() => String, { nullable: true, description: 'Địa điểm (venue).' }) @IsOptional() @MaxLen(LIMITS.nameMax) venue?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị chủ trì (host unit); null để bỏ.' }) hostUnitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Thành phần dự (attendees).' }) @IsOptional() @MaxLen(LIMITS.textMax) attendees?: string | null;
  @Field(() => String, { nullable: true, description: 'Nội dung, diễn biến (description).' }) @IsOptional() @MaxLen(LIMITS.textMax) description?: string | null;
}
