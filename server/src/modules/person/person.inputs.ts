import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, ValidateBy } from 'class-validator';
import { LIMITS, type Gender } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { GenderEnum } from '../../core/graphql/enums.js';
import { DateTimeFilter, EnumFilter, IDFilter, IntFilter, StringFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { MaxLen, Required } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

export const BIRTH_YEAR_MIN = 1900;
const POSITION_MAX = 200;

/** Birth year from 1900 to the current year, checked when the input arrives (not when the server started). */
function BirthYear(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'birthYear',
      validator: {
        validate: (value: unknown) => Number.isInteger(value) && (value as number) >= BIRTH_YEAR_MIN && (value as number) <= new Date().getFullYear(),
        defaultMessage: () => `Năm sinh từ ${BIRTH_YEAR_MIN} đến ${new Date().getFullYear()}.`,
      },
    },
    { context: { code: 'OUT_OF_RANGE' } },
  );
}

export enum PersonOrderField {
  FULL_NAME = 'FULL_NAME',
  BIRTH_YEAR = 'BIRTH_YEAR',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PersonOrderField, {
  name: 'PersonOrderField',
  description: 'Trường sắp xếp cá nhân (person order field).',
  valuesConfig: {
    FULL_NAME: { description: 'Họ và tên (full name).' },
    BIRTH_YEAR: { description: 'Năm sinh (birth year); chưa rõ năm sinh xếp cuối khi tăng dần.' },
    CREATED_AT: { description: 'Thời điểm tạo (created at).' },
  },
});

@InputType({ description: 'Sắp xếp cá nhân (person order).' })
export class PersonOrder {
  @Field(() => PersonOrderField, { description: 'Trường sắp xếp (field).' }) field!: PersonOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp (direction).' }) direction!: OrderDirection;
}

const GenderFilter = EnumFilter<Gender>(GenderEnum, 'Gender');

@InputType({ description: 'Bộ lọc cá nhân (person filter); các trường cùng cấp kết hợp AND.' })
export class PersonFilter {
  @Field(() => [PersonFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng (and).' }) and?: PersonFilter[];
  @Field(() => [PersonFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng (or).' }) or?: PersonFilter[];
  @Field(() => PersonFilter, { nullable: true, description: 'Phủ định (not).' }) not?: PersonFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Họ và tên (full name).' }) fullName?: StringFilter;
  @Field(() => GenderFilter, { nullable: true, description: 'Giới tính (gender).' }) gender?: InstanceType<typeof GenderFilter>;
  @Field(() => IntFilter, { nullable: true, description: 'Năm sinh (birth year).' }) birthYear?: IntFilter;
  @Field(() => IDFilter, {
    nullable: true,
    description:
      'Đơn vị đang công tác (current unit): có quá trình công tác chưa kết thúc tại đơn vị này. Người chưa có đơn vị: not { unitId: { isNull: false } }.',
  })
  unitId?: IDFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: 'Thời điểm tạo (created at).' }) createdAt?: DateTimeFilter;
}

@ArgsType()
export class PeopleArgs extends ConnectionArgs {
  @Field(() => PersonFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: PersonFilter | null;
  @Field(() => [PersonOrder], { nullable: true, description: 'Sắp xếp (order); mặc định theo họ tên.' }) orderBy?: PersonOrder[] | null;
  @Field(() => String, { nullable: true, description: 'Tìm theo họ tên, không phân biệt dấu và hoa thường (search), ví dụ "nguyen van".' })
  search?: string | null;
}

/** `Unit.people`: the unit's current people, paged forwards only (nested connection). */
@ArgsType()
export class UnitPeopleArgs {
  @Field(() => Int, { nullable: true, description: `Số bản ghi (first); mặc định ${LIMITS.pageSizeDefault}, tối đa ${LIMITS.pageSizeMax}.` })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Con trỏ: lấy các bản ghi sau nó (after).' }) after?: string | null;
  @Field(() => PersonFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: PersonFilter | null;
  @Field(() => String, { nullable: true, description: 'Tìm theo họ tên, không phân biệt dấu (search).' }) search?: string | null;
}

@InputType({ description: 'Dữ liệu tạo cá nhân (create person); có đơn vị thì tạo luôn quá trình công tác đầu tiên.' })
export class CreatePersonInput {
  @Field({ description: 'Họ và tên (full name).' }) @Required() @MaxLen(LIMITS.personNameMax) fullName!: string;
  @Field(() => GenderEnum, { nullable: true, description: 'Giới tính (gender).' }) gender?: Gender | null;
  @Field(() => Int, { nullable: true, description: `Năm sinh (birth year), từ ${BIRTH_YEAR_MIN} đến năm hiện tại.` }) @IsOptional() @BirthYear() birthYear?:
    number | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị đang công tác (unit), tạo quá trình công tác đầu tiên.' }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Chức vụ tại đơn vị (position); cần unitId.' }) @IsOptional() @MaxLen(POSITION_MAX) position?:
    string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Công tác tại đơn vị từ ngày (started on); cần unitId.' }) startedOn?: string | null;
}

@InputType({ description: 'Sửa cá nhân (update person): chỉ các trường được gửi mới thay đổi.' })
export class UpdatePersonInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã cá nhân (id).' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Họ và tên (full name).' }) @IsOptional() @Required() @MaxLen(LIMITS.personNameMax) fullName?: string;
  @Field(() => GenderEnum, { nullable: true, description: 'Giới tính (gender).' }) gender?: Gender | null;
  @Field(() => Int, { nullable: true, description: 'Năm sinh (birth year).' }) @IsOptional() @BirthYear() birthYear?: number | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}

@InputType({ description: 'Thêm quá trình công tác (add affiliation): cá nhân công tác tại đơn vị, chức vụ, từ ngày – đến ngày.' })
export class AddPersonAffiliationInput {
  @Field(() => ID, { description: 'Cá nhân (person).' }) personId!: string;
  @Field(() => ID, { description: 'Đơn vị (unit).' }) unitId!: string;
  @Field(() => String, { nullable: true, description: 'Chức vụ (position).' }) @IsOptional() @MaxLen(POSITION_MAX) position?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Từ ngày (started on).' }) startedOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Đến ngày (ended on); trống là đang công tác.' }) endedOn?: string | null;
}

@InputType({ description: 'Kết thúc quá trình công tác (end affiliation): chuyển công tác, nghỉ hưu…' })
export class EndPersonAffiliationInput {
  @Field(() => ID, { description: 'Mã quá trình công tác (affiliation id).' }) id!: string;
  @Field(() => LocalDateResolver, { description: 'Ngày kết thúc (ended on), không trước ngày bắt đầu.' }) endedOn!: string;
}
