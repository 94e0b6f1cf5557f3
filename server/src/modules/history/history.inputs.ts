import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { LIMITS, type ActorKind, type ChangeAction } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { ActorKindEnum, ChangeActionEnum } from '../../core/graphql/enums.js';
import { DateTimeFilter, EnumFilter, IDFilter, StringFilter } from '../../core/graphql/filters.js';

const ChangeActionFilter = EnumFilter<ChangeAction>(ChangeActionEnum, 'ChangeAction');
const ActorKindFilter = EnumFilter<ActorKind>(ActorKindEnum, 'ActorKind');

@InputType({ description: 'Bộ lọc lịch sử thay đổi của một bản ghi (history filter); các trường kết hợp AND.' })
export class HistoryFilter {
  @Field(() => ChangeActionFilter, { nullable: true, description: 'Loại thay đổi: tạo, sửa, xóa (action).' })
  action?: InstanceType<typeof ChangeActionFilter> | null;

  @Field(() => ActorKindFilter, { nullable: true, description: 'Loại người thực hiện (actor kind).' })
  actorKind?: InstanceType<typeof ActorKindFilter> | null;

  @Field(() => IDFilter, {
    nullable: true,
    description: 'Người thực hiện (actor): mã toàn cục của tài khoản (User) hoặc mã API (ApiToken); isNull: thay đổi của hệ thống.',
  })
  actorId?: IDFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'Tên người thực hiện lúc thay đổi (actor name), ví dụ { contains: "Nguyễn" }.' })
  actorName?: StringFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: 'Khoảng thời gian thay đổi (occurred at): gte từ, lt đến trước.' })
  occurredAt?: DateTimeFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'Mã yêu cầu HTTP (request id): mọi thay đổi của một lần gọi API.' })
  requestId?: StringFilter | null;
}

@InputType({ description: 'Bộ lọc nhật ký thay đổi (change event filter): ai, cái gì, khi nào; các trường kết hợp AND.' })
export class ChangeEventFilter extends HistoryFilter {
  @Field(() => StringFilter, { nullable: true, description: 'Loại bản ghi (entity type), tên kiểu GraphQL, ví dụ { in: ["Unit", "Bloc"] }.' })
  entityType?: StringFilter | null;

  @Field(() => IDFilter, { nullable: true, description: 'Bản ghi (entity): mã toàn cục của bản ghi, kể cả bản ghi đã xóa.' })
  entityId?: IDFilter | null;
}

@ArgsType()
export class ChangeEventsArgs extends ConnectionArgs {
  @Field(() => ChangeEventFilter, { nullable: true, description: 'Bộ lọc.' })
  filter?: ChangeEventFilter | null;
}

@ArgsType()
export class HistoryArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Lấy N sự kiện mới nhất (sau \`after\`); mặc định ${LIMITS.pageSizeDefault}, tối đa ${LIMITS.pageSizeMax}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Con trỏ: lấy các sự kiện cũ hơn nó.' })
  after?: string | null;

  @Field(() => HistoryFilter, { nullable: true, description: 'Bộ lọc.' })
  filter?: HistoryFilter | null;
}
