import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { LIMITS, type BlocKind, type BlocLevel } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { BlocKindEnum, BlocLevelEnum } from '../../core/graphql/enums.js';
import { DateTimeFilter, EnumFilter, IDFilter, IntFilter, StringFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { MaxLen, Required } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

export enum BlocOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(BlocOrderField, {
  name: 'BlocOrderField',
  description: 'Trường sắp xếp khối, cụm thi đua (bloc order field).',
  valuesConfig: {
    NAME: { description: 'Tên (name).' },
    CODE: { description: 'Mã khối (code).' },
    CREATED_AT: { description: 'Thời điểm tạo (created at).' },
    UPDATED_AT: { description: 'Thời điểm cập nhật (updated at).' },
  },
});

@InputType({ description: 'Sắp xếp khối, cụm thi đua (bloc order).' })
export class BlocOrder {
  @Field(() => BlocOrderField, { description: 'Trường sắp xếp (field).' }) field!: BlocOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp (direction).' }) direction!: OrderDirection;
}

const BlocKindFilter = EnumFilter<BlocKind>(BlocKindEnum, 'BlocKind');
const BlocLevelFilter = EnumFilter<BlocLevel>(BlocLevelEnum, 'BlocLevel');

@InputType({ description: 'Bộ lọc khối, cụm thi đua (bloc filter); các trường cùng cấp kết hợp AND.' })
export class BlocFilter {
  @Field(() => [BlocFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng (and).' }) and?: BlocFilter[];
  @Field(() => [BlocFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng (or).' }) or?: BlocFilter[];
  @Field(() => BlocFilter, { nullable: true, description: 'Phủ định (not).' }) not?: BlocFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Tên khối (name).' }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Mã khối (code).' }) code?: StringFilter;
  @Field(() => BlocKindFilter, { nullable: true, description: 'Khối hay cụm (kind).' }) kind?: InstanceType<typeof BlocKindFilter>;
  @Field(() => BlocLevelFilter, { nullable: true, description: 'Cấp tổ chức (level).' }) level?: InstanceType<typeof BlocLevelFilter>;
  @Field(() => StringFilter, { nullable: true, description: 'Địa bàn (area).' }) area?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Khối, cụm cấp trên (parent).' }) parentId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Quyết định thành lập (founding decision).' }) foundingDecisionId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Tổ chức quản lý khối nội bộ (owner unit).' }) ownerUnitId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Có đơn vị này là thành viên, bất kỳ năm nào (member unit).' }) memberUnitId?: IDFilter;
  @Field(() => IntFilter, {
    nullable: true,
    description: 'Không có trưởng khối trong năm thỏa điều kiện (without a head in year): { eq: 2024 } là các khối chưa có trưởng khối năm 2024.',
  })
  withoutHeadInYear?: IntFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: 'Thời điểm tạo (created at).' }) createdAt?: DateTimeFilter;
}

@ArgsType()
export class BlocsArgs extends ConnectionArgs {
  @Field(() => BlocFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: BlocFilter | null;
  @Field(() => [BlocOrder], { nullable: true, description: 'Sắp xếp (order by); mặc định theo tên.' }) orderBy?: BlocOrder[] | null;
  @Field(() => String, { nullable: true, description: 'Tìm theo tên hoặc mã (search), không phân biệt dấu và hoa thường: "khoi doanh nghiep".' })
  search?: string | null;
}

@InputType({ description: 'Dữ liệu tạo khối, cụm thi đua (create bloc input).' })
export class CreateBlocInput {
  @Field({ description: 'Tên khối, cụm (name).' }) @Required() @MaxLen(LIMITS.nameMax) name!: string;
  @Field({ description: 'Mã khối, duy nhất (code).' }) @Required() @MaxLen(LIMITS.codeMax) code!: string;
  @Field(() => BlocKindEnum, { description: 'Khối hay cụm (kind).' }) kind!: BlocKind;
  @Field(() => BlocLevelEnum, { description: 'Cấp tổ chức (level).' }) level!: BlocLevel;
  @Field(() => String, { nullable: true, description: 'Địa bàn (area).' }) @IsOptional() @MaxLen(120) area?: string | null;
  @Field(() => ID, { nullable: true, description: 'Khối, cụm cấp trên (parent).' }) parentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Quyết định thành lập (founding decision).' }) foundingDecisionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Tổ chức quản lý khối nội bộ (owner unit).' }) ownerUnitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Mô tả, lĩnh vực (description).' }) @IsOptional() @MaxLen(LIMITS.textMax) description?: string | null;
}

@InputType({ description: 'Sửa khối, cụm thi đua (update bloc input): chỉ các trường được gửi mới thay đổi; null là xóa giá trị.' })
export class UpdateBlocInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã khối cần sửa (id).' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Tên khối, cụm (name).' }) @IsOptional() @Required() @MaxLen(LIMITS.nameMax) name?: string;
  @Field(() => String, { nullable: true, description: 'Mã khối, duy nhất (code).' }) @IsOptional() @Required() @MaxLen(LIMITS.codeMax) code?: string;
  @Field(() => BlocKindEnum, { nullable: true, description: 'Khối hay cụm (kind).' }) kind?: BlocKind;
  @Field(() => BlocLevelEnum, { nullable: true, description: 'Cấp tổ chức (level).' }) level?: BlocLevel;
  @Field(() => String, { nullable: true, description: 'Địa bàn (area).' }) @IsOptional() @MaxLen(120) area?: string | null;
  @Field(() => ID, { nullable: true, description: 'Khối, cụm cấp trên (parent).' }) parentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Quyết định thành lập (founding decision).' }) foundingDecisionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Tổ chức quản lý khối nội bộ (owner unit).' }) ownerUnitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Mô tả, lĩnh vực (description).' }) @IsOptional() @MaxLen(LIMITS.textMax) description?: string | null;
}
