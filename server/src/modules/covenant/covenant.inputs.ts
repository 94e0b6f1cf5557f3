import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { LIMITS, type CovenantStatus } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { CovenantStatusEnum } from '../../core/graphql/enums.js';
import { DateTimeFilter, EnumFilter, IDFilter, IntFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { MaxLen, Required, Year } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

type Status = CovenantStatus;

export enum CovenantOrderField {
  YEAR = 'YEAR',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CovenantOrderField, {
  name: 'CovenantOrderField',
  description: 'Trường sắp xếp giao ước (covenant order field).',
  valuesConfig: { YEAR: { description: 'Năm giao ước (year).' }, CREATED_AT: { description: 'Thời điểm tạo (created at).' } },
});

@InputType({ description: 'Sắp xếp giao ước (covenant order).' })
export class CovenantOrder {
  @Field(() => CovenantOrderField, { description: 'Trường sắp xếp.' }) field!: CovenantOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp.' }) direction!: OrderDirection;
}

const StatusFilter = EnumFilter<Status>(CovenantStatusEnum, 'CovenantStatus');

@InputType({ description: 'Bộ lọc giao ước (covenant filter); các trường cùng cấp kết hợp AND.' })
export class CovenantFilter {
  @Field(() => [CovenantFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng.' }) and?: CovenantFilter[];
  @Field(() => [CovenantFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng.' }) or?: CovenantFilter[];
  @Field(() => CovenantFilter, { nullable: true, description: 'Phủ định.' }) not?: CovenantFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Khối thi đua (bloc).' }) blocId?: IDFilter;
  @Field(() => IntFilter, { nullable: true, description: 'Năm giao ước (year).' }) year?: IntFilter;
  @Field(() => StatusFilter, { nullable: true, description: 'Trạng thái (status).' }) status?: InstanceType<typeof StatusFilter>;
  @Field(() => DateTimeFilter, { nullable: true, description: 'Thời điểm tạo (created at).' }) createdAt?: DateTimeFilter;
}

@ArgsType()
export class CovenantsArgs extends ConnectionArgs {
  @Field(() => CovenantFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: CovenantFilter | null;
  @Field(() => [CovenantOrder], { nullable: true, description: 'Sắp xếp; mặc định năm mới nhất trước.' }) orderBy?: CovenantOrder[] | null;
}

export const movementIdsSize = ArrayMaxSize(LIMITS.idsMax, { message: `Tối đa ${LIMITS.idsMax} phong trào.`, context: { code: 'OUT_OF_RANGE' } });

@InputType({ description: 'Dữ liệu tạo giao ước thi đua của một khối trong một năm (create covenant); giao ước bắt đầu ở trạng thái DRAFT.' })
export class CreateCovenantInput {
  @Field(() => ID, { description: 'Khối thi đua (bloc).' }) blocId!: string;
  @Field(() => Int, { description: 'Năm giao ước (year); mỗi khối một giao ước mỗi năm.' }) @Year() year!: number;
  @Field({ description: 'Tiêu đề (title).' }) @Required() @MaxLen(LIMITS.nameMax) title!: string;
  @Field(() => String, { nullable: true, description: 'Nội dung chung (content).' }) @IsOptional() @MaxLen(LIMITS.textMax) content?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Các phong trào giao ước hưởng ứng (movements).' }) @IsOptional() @movementIdsSize movementIds?:
    string[] | null;
}

@InputType({ description: 'Sửa giao ước (update covenant): chỉ các trường được gửi mới thay đổi. Trạng thái đổi qua transitionCovenant.' })
export class UpdateCovenantInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã giao ước.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'Năm giao ước (year); không đổi được khi đã có chữ ký.' }) @IsOptional() @Year() year?: number;
  @Field(() => String, { nullable: true, description: 'Tiêu đề (title).' }) @IsOptional() @Required() @MaxLen(LIMITS.nameMax) title?: string;
  @Field(() => String, { nullable: true, description: 'Nội dung chung (content).' }) @IsOptional() @MaxLen(LIMITS.textMax) content?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Các phong trào hưởng ứng (movements): thay toàn bộ danh sách.' })
  @IsOptional()
  @movementIdsSize
  movementIds?: string[] | null;
}

@InputType({ description: 'Gắn hoặc bỏ hội nghị ký kết của giao ước (set signing event).' })
export class SetCovenantSigningEventInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã giao ước.' }) covenantId!: string;
  @Field(() => ID, { nullable: true, description: 'Hội nghị ký kết (event); null để bỏ.' }) eventId?: string | null;
}
