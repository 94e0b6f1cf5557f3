import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { LIMITS, type LineageKind, type UnitKind } from '@thidua/shared';
import { IsBoolean, IsOptional } from 'class-validator';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { EnumFilter, IDFilter, StringFilter, DateTimeFilter } from '../../core/graphql/filters.js';
import { LineageKindEnum, UnitKindEnum } from '../../core/graphql/enums.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { registerEnumType } from 'type-graphql';
import { MaxLen, Required } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

export enum UnitOrderField {
  NAME = 'NAME',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(UnitOrderField, {
  name: 'UnitOrderField',
  description: 'Trường sắp xếp đơn vị.',
  valuesConfig: {
    NAME: { description: 'Theo tên.' },
    KIND: { description: 'Theo loại hình.' },
    CREATED_AT: { description: 'Theo thời điểm tạo.' },
    UPDATED_AT: { description: 'Theo thời điểm cập nhật.' },
  },
});

@InputType({ description: 'Sắp xếp đơn vị.' })
export class UnitOrder {
  @Field(() => UnitOrderField, { description: 'Trường sắp xếp.' }) field!: UnitOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp.' }) direction!: OrderDirection;
}

const UnitKindFilter = EnumFilter<UnitKind>(UnitKindEnum, 'UnitKind');

@InputType({ description: 'Bộ lọc đơn vị; các trường cùng cấp kết hợp AND.' })
export class UnitFilter {
  @Field(() => [UnitFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng.' }) and?: UnitFilter[];
  @Field(() => [UnitFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng.' }) or?: UnitFilter[];
  @Field(() => UnitFilter, { nullable: true, description: 'Phủ định.' }) not?: UnitFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Tên đơn vị (name).' }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Tên viết tắt (short name).' }) shortName?: StringFilter;
  @Field(() => UnitKindFilter, { nullable: true, description: 'Loại hình đơn vị (kind).' }) kind?: InstanceType<typeof UnitKindFilter>;
  @Field(() => StringFilter, { nullable: true, description: 'Địa bàn tỉnh, thành phố (area).' }) area?: StringFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Đơn vị cấp trên.' }) parentId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Là thành viên (bất kỳ năm nào) của khối này.' }) blocId?: IDFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: 'Thời điểm tạo.' }) createdAt?: DateTimeFilter;
}

@ArgsType()
export class UnitsArgs extends ConnectionArgs {
  @Field(() => UnitFilter, { nullable: true, description: 'Bộ lọc.' }) filter?: UnitFilter | null;
  @Field(() => [UnitOrder], { nullable: true, description: 'Mặc định theo tên.' }) orderBy?: UnitOrder[] | null;
  @Field(() => String, { nullable: true, description: 'Tìm theo tên, không phân biệt dấu và hoa thường: "hoi nu doanh nhan".' })
  search?: string | null;
}

@InputType({ description: 'Dữ liệu tạo đơn vị.' })
export class CreateUnitInput {
  @Field({ description: 'Tên đơn vị (name).' }) @Required() @MaxLen(LIMITS.nameMax) name!: string;
  @Field(() => String, { nullable: true, description: 'Tên viết tắt (short name).' }) @IsOptional() @MaxLen(LIMITS.shortNameMax) shortName?: string | null;
  @Field(() => UnitKindEnum, { description: 'Loại hình đơn vị (kind).' }) kind!: UnitKind;
  @Field(() => String, { nullable: true, description: 'Địa bàn tỉnh, thành phố (area).' }) @IsOptional() @MaxLen(120) area?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị cấp trên.' }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Vẫn lưu khi đã có đơn vị cùng tên (không phân biệt hoa thường, dấu) trong cùng đơn vị cấp trên và cùng địa bàn. Mặc định false: DUPLICATE tại ["name"], recordId là đơn vị đã có.',
  })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean | null;
}

@InputType({ description: 'Sửa đơn vị: chỉ các trường được gửi mới thay đổi.' })
export class UpdateUnitInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã đơn vị cần sửa.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Tên đơn vị (name).' }) @IsOptional() @Required() @MaxLen(LIMITS.nameMax) name?: string;
  @Field(() => String, { nullable: true, description: 'Tên viết tắt (short name).' }) @IsOptional() @MaxLen(LIMITS.shortNameMax) shortName?: string | null;
  @Field(() => UnitKindEnum, { nullable: true, description: 'Loại hình đơn vị (kind).' }) kind?: UnitKind;
  @Field(() => String, { nullable: true, description: 'Địa bàn tỉnh, thành phố (area).' }) @IsOptional() @MaxLen(120) area?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị cấp trên (parent unit).' }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Vẫn lưu khi đã có đơn vị cùng tên (không phân biệt hoa thường, dấu) trong cùng đơn vị cấp trên và cùng địa bàn. Mặc định false: DUPLICATE tại ["name"], recordId là đơn vị đã có.',
  })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Khi đổi tên (name): lưu tên cũ thành tên gọi trước đây, dùng đến ngày renamedOn.' })
  @IsOptional()
  @IsBoolean()
  keepFormerName?: boolean | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày đổi tên (renamed on) khi lưu tên cũ; mặc định hôm nay (giờ Việt Nam).' })
  renamedOn?: string | null;
}

@InputType({ description: 'Ghi nhận sáp nhập, chia tách, đổi tên đơn vị.' })
export class RecordUnitLineageInput {
  @Field(() => ID, { description: 'Đơn vị trước.' }) predecessorId!: string;
  @Field(() => ID, { description: 'Đơn vị sau.' }) successorId!: string;
  @Field(() => LineageKindEnum, { description: 'Loại hình đơn vị (kind).' }) kind!: LineageKind;
  @Field(() => LocalDateResolver, { description: 'Ngày có hiệu lực.' }) effectiveOn!: string;
  @Field(() => ID, { nullable: true, description: 'Quyết định căn cứ.' }) decisionId?: string | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}
