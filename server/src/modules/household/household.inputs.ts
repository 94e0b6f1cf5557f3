import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { HOUSEHOLD_LIMITS } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { DateTimeFilter, StringFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { MaxLen, Required } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

export enum HouseholdOrderField {
  NAME = 'NAME',
  AREA = 'AREA',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(HouseholdOrderField, {
  name: 'HouseholdOrderField',
  description: 'Trường sắp xếp hộ gia đình (household order field).',
  valuesConfig: {
    NAME: { description: 'Tên hộ (name).' },
    AREA: { description: 'Địa bàn (area); chưa rõ địa bàn xếp trước khi tăng dần.' },
    CREATED_AT: { description: 'Thời điểm tạo (created at).' },
  },
});

@InputType({ description: 'Sắp xếp hộ gia đình (household order).' })
export class HouseholdOrder {
  @Field(() => HouseholdOrderField, { description: 'Trường sắp xếp (field).' }) field!: HouseholdOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp (direction).' }) direction!: OrderDirection;
}

@InputType({ description: 'Bộ lọc hộ gia đình (household filter); các trường cùng cấp kết hợp AND.' })
export class HouseholdFilter {
  @Field(() => [HouseholdFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng (and).' }) and?: HouseholdFilter[];
  @Field(() => [HouseholdFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng (or).' }) or?: HouseholdFilter[];
  @Field(() => HouseholdFilter, { nullable: true, description: 'Phủ định (not).' }) not?: HouseholdFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Tên hộ (name).' }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Địa bàn (area).' }) area?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: 'Thời điểm tạo (created at).' }) createdAt?: DateTimeFilter;
}

@ArgsType()
export class HouseholdsArgs extends ConnectionArgs {
  @Field(() => HouseholdFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: HouseholdFilter | null;
  @Field(() => [HouseholdOrder], { nullable: true, description: 'Sắp xếp (order); mặc định theo tên.' }) orderBy?: HouseholdOrder[] | null;
  @Field(() => String, { nullable: true, description: 'Tìm theo tên hộ, chủ hộ, địa chỉ, không phân biệt dấu (search).' }) search?: string | null;
}

@InputType({ description: 'Dữ liệu tạo hộ gia đình (create household).' })
export class CreateHouseholdInput {
  @Field({ description: 'Tên hộ (name), ví dụ "Hộ ông Nguyễn Văn A".' }) @Required() @MaxLen(HOUSEHOLD_LIMITS.name) name!: string;
  @Field(() => String, { nullable: true, description: 'Chủ hộ (head of household).' }) @IsOptional() @MaxLen(HOUSEHOLD_LIMITS.headName) headName?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Địa chỉ (address).' }) @IsOptional() @MaxLen(HOUSEHOLD_LIMITS.address) address?: string | null;
  @Field(() => String, { nullable: true, description: 'Địa bàn tỉnh, thành phố (area).' }) @IsOptional() @MaxLen(HOUSEHOLD_LIMITS.area) area?: string | null;
}

@InputType({ description: 'Sửa hộ gia đình (update household): chỉ các trường được gửi mới thay đổi.' })
export class UpdateHouseholdInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã hộ gia đình (id).' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Tên hộ (name).' }) @IsOptional() @Required() @MaxLen(HOUSEHOLD_LIMITS.name) name?: string;
  @Field(() => String, { nullable: true, description: 'Chủ hộ (head of household).' }) @IsOptional() @MaxLen(HOUSEHOLD_LIMITS.headName) headName?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Địa chỉ (address).' }) @IsOptional() @MaxLen(HOUSEHOLD_LIMITS.address) address?: string | null;
  @Field(() => String, { nullable: true, description: 'Địa bàn tỉnh, thành phố (area).' }) @IsOptional() @MaxLen(HOUSEHOLD_LIMITS.area) area?: string | null;
}
