import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { LIMITS, type MovementKind, type MovementScope, type MovementStatus } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { MovementKindEnum, MovementScopeEnum, MovementStatusEnum } from '../../core/graphql/enums.js';
import { DateTimeFilter, EnumFilter, IDFilter, IntFilter, StringFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { MaxLen, Required, Year } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

export enum MovementOrderField {
  NAME = 'NAME',
  LAUNCHED_ON = 'LAUNCHED_ON',
  START_YEAR = 'START_YEAR',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(MovementOrderField, {
  name: 'MovementOrderField',
  description: 'Trường sắp xếp phong trào (movement order field).',
  valuesConfig: {
    NAME: { description: 'Tên phong trào (name).' },
    LAUNCHED_ON: { description: 'Ngày phát động (launched on); chưa có ngày thì xếp như sớm nhất.' },
    START_YEAR: { description: 'Năm bắt đầu (start year); chưa có năm thì xếp như sớm nhất.' },
    CREATED_AT: { description: 'Thời điểm tạo (created at).' },
  },
});

@InputType({ description: 'Sắp xếp phong trào (movement order).' })
export class MovementOrder {
  @Field(() => MovementOrderField, { description: 'Trường sắp xếp.' }) field!: MovementOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp.' }) direction!: OrderDirection;
}

const KindFilter = EnumFilter<MovementKind>(MovementKindEnum, 'MovementKind');
const ScopeFilter = EnumFilter<MovementScope>(MovementScopeEnum, 'MovementScope');
const StatusFilter = EnumFilter<MovementStatus>(MovementStatusEnum, 'MovementStatus');

@InputType({ description: 'Bộ lọc phong trào (movement filter); các trường cùng cấp kết hợp AND.' })
export class MovementFilter {
  @Field(() => [MovementFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng.' }) and?: MovementFilter[];
  @Field(() => [MovementFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng.' }) or?: MovementFilter[];
  @Field(() => MovementFilter, { nullable: true, description: 'Phủ định.' }) not?: MovementFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Tên phong trào (name).' }) name?: StringFilter;
  @Field(() => KindFilter, { nullable: true, description: 'Loại phong trào (kind).' }) kind?: InstanceType<typeof KindFilter>;
  @Field(() => ScopeFilter, { nullable: true, description: 'Phạm vi (scope).' }) scope?: InstanceType<typeof ScopeFilter>;
  @Field(() => StatusFilter, { nullable: true, description: 'Trạng thái (status).' }) status?: InstanceType<typeof StatusFilter>;
  @Field(() => StringFilter, { nullable: true, description: 'Cấp phát động (launched by).' }) launchedBy?: StringFilter;
  @Field(() => IntFilter, { nullable: true, description: 'Năm bắt đầu (start year).' }) startYear?: IntFilter;
  @Field(() => IntFilter, { nullable: true, description: 'Năm kết thúc (end year).' }) endYear?: IntFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Phong trào cấp trên (parent movement).' }) parentId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Đơn vị tổ chức (organizer unit).' }) organizerUnitId?: IDFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: 'Thời điểm tạo (created at).' }) createdAt?: DateTimeFilter;
}

@ArgsType()
export class MovementsArgs extends ConnectionArgs {
  @Field(() => MovementFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: MovementFilter | null;
  @Field(() => [MovementOrder], { nullable: true, description: 'Sắp xếp; mặc định theo tên.' }) orderBy?: MovementOrder[] | null;
  @Field(() => String, { nullable: true, description: 'Tìm theo tên, khẩu hiệu, không phân biệt dấu và hoa thường: "nong thon moi".' })
  search?: string | null;
}

const goalOptions = { each: true, message: `Mỗi mục tiêu tối đa ${LIMITS.textMax} ký tự.`, context: { code: 'TOO_LONG' } };
const goalsCount = { message: `Tối đa ${LIMITS.criteriaMax} mục tiêu.`, context: { code: 'OUT_OF_RANGE' } };

@InputType({ description: 'Dữ liệu tạo phong trào thi đua (create movement); phong trào bắt đầu ở trạng thái DRAFT.' })
export class CreateMovementInput {
  @Field({ description: 'Tên phong trào (name).' }) @Required() @MaxLen(LIMITS.nameMax) name!: string;
  @Field(() => String, { nullable: true, description: 'Khẩu hiệu, chủ đề (slogan).' }) @IsOptional() @MaxLen(LIMITS.textMax) slogan?: string | null;
  @Field(() => MovementKindEnum, { description: 'Loại phong trào (kind).' }) kind!: MovementKind;
  @Field(() => MovementScopeEnum, { description: 'Phạm vi (scope).' }) scope!: MovementScope;
  @Field(() => String, { nullable: true, description: 'Cấp, người phát động (launched by).' }) @IsOptional() @MaxLen(LIMITS.nameMax) launchedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Văn bản phát động (launch document).' }) @IsOptional() @MaxLen(LIMITS.nameMax) launchDocument?:
    string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày phát động (launched on).' }) launchedOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'Quyết định phát động (launch decision).' }) launchDecisionId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Năm bắt đầu (start year).' }) @IsOptional() @Year() startYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Năm kết thúc (end year), không trước năm bắt đầu.' }) @IsOptional() @Year() endYear?: number | null;
  @Field(() => ID, { nullable: true, description: 'Phong trào cấp trên mà phong trào này hưởng ứng (parent).' }) parentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị tổ chức (organizer unit).' }) organizerUnitId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Các mục tiêu, theo thứ tự (goals).' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.criteriaMax, goalsCount)
  @MaxLength(LIMITS.textMax, goalOptions)
  goals?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Mô tả (description).' }) @IsOptional() @MaxLen(LIMITS.textMax) description?: string | null;
}

@InputType({
  description: 'Sửa phong trào (update movement): chỉ các trường được gửi mới thay đổi; null để xóa giá trị. Trạng thái đổi qua transitionMovement.',
})
export class UpdateMovementInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã phong trào.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Tên phong trào (name).' }) @IsOptional() @Required() @MaxLen(LIMITS.nameMax) name?: string;
  @Field(() => String, { nullable: true, description: 'Khẩu hiệu, chủ đề (slogan).' }) @IsOptional() @MaxLen(LIMITS.textMax) slogan?: string | null;
  @Field(() => MovementKindEnum, { nullable: true, description: 'Loại phong trào (kind).' }) kind?: MovementKind;
  @Field(() => MovementScopeEnum, { nullable: true, description: 'Phạm vi (scope).' }) scope?: MovementScope;
  @Field(() => String, { nullable: true, description: 'Cấp, người phát động (launched by).' }) @IsOptional() @MaxLen(LIMITS.nameMax) launchedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Văn bản phát động (launch document).' }) @IsOptional() @MaxLen(LIMITS.nameMax) launchDocument?:
    string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày phát động (launched on).' }) launchedOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'Quyết định phát động (launch decision).' }) launchDecisionId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Năm bắt đầu (start year).' }) @IsOptional() @Year() startYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Năm kết thúc (end year).' }) @IsOptional() @Year() endYear?: number | null;
  @Field(() => ID, { nullable: true, description: 'Phong trào cấp trên (parent).' }) parentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị tổ chức (organizer unit).' }) organizerUnitId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Các mục tiêu (goals): thay toàn bộ danh sách.' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.criteriaMax, goalsCount)
  @MaxLength(LIMITS.textMax, goalOptions)
  goals?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Mô tả (description).' }) @IsOptional() @MaxLen(LIMITS.textMax) description?: string | null;
}
