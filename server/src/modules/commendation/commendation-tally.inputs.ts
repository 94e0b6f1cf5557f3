import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { LIMITS } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { IDFilter, IntFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { IntBetween, MaxLen, Required, Year } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

const COUNT_MAX = 1_000_000;

export enum CommendationTallyOrderField {
  YEAR = 'YEAR',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CommendationTallyOrderField, {
  name: 'CommendationTallyOrderField',
  description: 'Trường sắp xếp số liệu khen thưởng tổng hợp.',
  valuesConfig: { YEAR: { description: 'Năm (year).' }, CREATED_AT: { description: 'Thời điểm nhập (created at).' } },
});

@InputType({ description: 'Sắp xếp số liệu khen thưởng tổng hợp.' })
export class CommendationTallyOrder {
  @Field(() => CommendationTallyOrderField, { description: 'Trường sắp xếp (field).' })
  field!: CommendationTallyOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp (direction).' })
  direction!: OrderDirection;
}

@InputType({ description: 'Bộ lọc số liệu khen thưởng tổng hợp; các trường cùng cấp kết hợp AND.' })
export class CommendationTallyFilter {
  @Field(() => IntFilter, { nullable: true, description: 'Năm (year).' })
  year?: IntFilter;

  @Field(() => IDFilter, { nullable: true, description: 'Đơn vị báo cáo (reporter unit).' })
  reporterUnitId?: IDFilter;
}

@ArgsType()
export class CommendationTalliesArgs extends ConnectionArgs {
  @Field(() => CommendationTallyFilter, { nullable: true, description: 'Bộ lọc (filter).' })
  filter?: CommendationTallyFilter | null;

  @Field(() => [CommendationTallyOrder], { nullable: true, description: 'Sắp xếp; mặc định năm giảm dần.' })
  orderBy?: CommendationTallyOrder[] | null;
}

@InputType({ description: 'Dữ liệu ghi nhận số liệu khen thưởng tổng hợp (khi nguồn chỉ nêu số lượng).' })
export class CreateCommendationTallyInput {
  @Field(() => Int, { description: 'Năm (year).' })
  @Year()
  year!: number;

  @Field(() => ID, { description: 'Đơn vị báo cáo (reporter unit), ví dụ Liên minh HTX thành phố.' })
  reporterUnitId!: string;

  @Field(() => ID, { nullable: true, description: 'Hội nghị công bố (event).' })
  eventId?: string | null;

  @Field(() => Int, { description: 'Số tập thể được khen (collectives).' })
  @IntBetween(0, COUNT_MAX)
  collectiveCount!: number;

  @Field(() => Int, { description: 'Số cá nhân được khen (individuals).' })
  @IntBetween(0, COUNT_MAX)
  individualCount!: number;

  @Field({ description: 'Các cấp khen (issuers), ví dụ "Liên minh HTX Việt Nam; UBND thành phố".' })
  @Required()
  @MaxLen(LIMITS.textMax)
  issuers!: string;

  @Field(() => [ID], { nullable: true, description: 'Các danh hiệu, hình thức khen thưởng được nêu (award types).' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.idsMax, { message: `Tối đa ${LIMITS.idsMax} mục.`, context: { code: 'OUT_OF_RANGE' } })
  awardTypeIds?: string[] | null;

  @Field({ description: 'Nội dung (description).' })
  @Required()
  @MaxLen(LIMITS.textMax)
  description!: string;

  @Field({ description: 'Ghi chú về nguồn (source note), ví dụ "Bài báo không liệt kê tên các tập thể, cá nhân".' })
  @Required()
  @MaxLen(LIMITS.textMax)
  sourceNote!: string;
}

@InputType({ description: 'Sửa số liệu khen thưởng tổng hợp: chỉ các trường được gửi mới thay đổi.' })
export class UpdateCommendationTallyInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã (id).' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Năm (year).' })
  @IsOptional()
  @Year()
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'Đơn vị báo cáo (reporter unit).' })
  reporterUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Hội nghị công bố (event); null để bỏ.' })
  eventId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Số tập thể (collectives).' })
  @IsOptional()
  @IntBetween(0, COUNT_MAX)
  collectiveCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Số cá nhân (individuals).' })
  @IsOptional()
  @IntBetween(0, COUNT_MAX)
  individualCount?: number | null;

  @Field(() => String, { nullable: true, description: 'Các cấp khen (issuers).' })
  @IsOptional()
  @Required()
  @MaxLen(LIMITS.textMax)
  issuers?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Các danh hiệu, hình thức (award types); thay toàn bộ danh sách.' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.idsMax, { message: `Tối đa ${LIMITS.idsMax} mục.`, context: { code: 'OUT_OF_RANGE' } })
  awardTypeIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Nội dung (description).' })
  @IsOptional()
  @Required()
  @MaxLen(LIMITS.textMax)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú về nguồn (source note).' })
  @IsOptional()
  @Required()
  @MaxLen(LIMITS.textMax)
  sourceNote?: string | null;
}
