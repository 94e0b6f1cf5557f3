import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { LIMITS, type Gender, type TdktOrganizationKind, type TrainingLevel } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { GenderEnum, TdktOrganizationKindEnum, TrainingLevelEnum } from '../../core/graphql/enums.js';
import { IDFilter } from '../../core/graphql/filters.js';
import { MaxLen, Required, Year } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

@InputType({ description: 'Bộ lọc công chức làm công tác TĐKT.' })
export class TdktOfficerFilter {
  @Field(() => IDFilter, { nullable: true, description: 'Tổ chức (organization).' })
  organizationId?: IDFilter;
}

@ArgsType()
export class TdktOrganizationsArgs extends ConnectionArgs {}

@ArgsType()
export class TdktOfficersArgs extends ConnectionArgs {
  @Field(() => TdktOfficerFilter, { nullable: true, description: 'Bộ lọc (filter).' })
  filter?: TdktOfficerFilter | null;
}

@InputType({ description: 'Dữ liệu tổ chức làm công tác thi đua, khen thưởng (biểu 0604).' })
export class CreateTdktOrganizationInput {
  @Field({ description: 'Tên tổ chức (name).' })
  @Required()
  @MaxLen(LIMITS.nameMax)
  name!: string;

  @Field(() => TdktOrganizationKindEnum, { description: 'Loại tổ chức (kind).' })
  kind!: TdktOrganizationKind;

  @Field(() => ID, { nullable: true, description: 'Đơn vị quản lý trong hệ thống (unit), nếu có.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú, nguồn (note).' })
  @IsOptional()
  @MaxLen(LIMITS.textMax)
  note?: string | null;
}

@InputType({ description: 'Sửa tổ chức làm công tác TĐKT: chỉ các trường được gửi mới thay đổi.' })
export class UpdateTdktOrganizationInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã (id).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Tên tổ chức (name).' })
  @IsOptional()
  @Required()
  @MaxLen(LIMITS.nameMax)
  name?: string | null;

  @Field(() => TdktOrganizationKindEnum, { nullable: true, description: 'Loại tổ chức (kind).' })
  kind?: TdktOrganizationKind | null;

  @Field(() => ID, { nullable: true, description: 'Đơn vị quản lý (unit); null để bỏ.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' })
  @IsOptional()
  @MaxLen(LIMITS.textMax)
  note?: string | null;
}

@InputType({ description: 'Dữ liệu công chức làm công tác thi đua, khen thưởng (biểu 0605); trường chưa biết để trống.' })
export class CreateTdktOfficerInput {
  @Field({ description: 'Họ và tên (full name).' })
  @Required()
  @MaxLen(LIMITS.personNameMax)
  fullName!: string;

  @Field(() => ID, { description: 'Tổ chức nơi công tác (organization).' })
  organizationId!: string;

  @Field(() => GenderEnum, { nullable: true, description: 'Giới tính (gender).' })
  gender?: Gender | null;

  @Field(() => Int, { nullable: true, description: 'Năm sinh (birth year).' })
  @IsOptional()
  @Year()
  birthYear?: number | null;

  @Field(() => TrainingLevelEnum, { nullable: true, description: 'Trình độ đào tạo (training level).' })
  trainingLevel?: TrainingLevel | null;

  @Field(() => Int, { nullable: true, description: 'Năm bắt đầu làm công tác TĐKT (TĐKT start year); không trước năm sinh.' })
  @IsOptional()
  @Year()
  tdktStartYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú, nguồn (note).' })
  @IsOptional()
  @MaxLen(LIMITS.textMax)
  note?: string | null;
}

@InputType({ description: 'Sửa công chức làm công tác TĐKT: chỉ các trường được gửi mới thay đổi; null để bỏ trường không bắt buộc.' })
export class UpdateTdktOfficerInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã (id).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Họ và tên (full name).' })
  @IsOptional()
  @Required()
  @MaxLen(LIMITS.personNameMax)
  fullName?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tổ chức (organization).' })
  organizationId?: string | null;

  @Field(() => GenderEnum, { nullable: true, description: 'Giới tính (gender).' })
  gender?: Gender | null;

  @Field(() => Int, { nullable: true, description: 'Năm sinh (birth year).' })
  @IsOptional()
  @Year()
  birthYear?: number | null;

  @Field(() => TrainingLevelEnum, { nullable: true, description: 'Trình độ đào tạo (training level).' })
  trainingLevel?: TrainingLevel | null;

  @Field(() => Int, { nullable: true, description: 'Năm bắt đầu làm công tác TĐKT (TĐKT start year).' })
  @IsOptional()
  @Year()
  tdktStartYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' })
  @IsOptional()
  @MaxLen(LIMITS.textMax)
  note?: string | null;
}
