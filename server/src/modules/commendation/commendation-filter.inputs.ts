import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import type { AwardCategory, AwardLevel, CommendationKind, CommendationStatus, SubjectKind, UnitKind } from '@thidua/shared';
import { LIMITS } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { AwardCategoryEnum, AwardLevelEnum, CommendationKindEnum, CommendationStatusEnum, SubjectKindEnum, UnitKindEnum } from '../../core/graphql/enums.js';
import { DateTimeFilter, EnumFilter, IDFilter, IntFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';

export enum CommendationOrderField {
  YEAR = 'YEAR',
  CREATED_AT = 'CREATED_AT',
  AWARD_RANK = 'AWARD_RANK',
}
registerEnumType(CommendationOrderField, {
  name: 'CommendationOrderField',
  description: 'Trường sắp xếp khen thưởng (commendation order field).',
  valuesConfig: {
    YEAR: { description: 'Năm thành tích (year).' },
    CREATED_AT: { description: 'Thời điểm nhập (created at).' },
    AWARD_RANK: { description: 'Thứ bậc của danh hiệu, hình thức khen thưởng (award rank); DESC: cao quý nhất trước.' },
  },
});

@InputType({ description: 'Sắp xếp khen thưởng (commendation order).' })
export class CommendationOrder {
  @Field(() => CommendationOrderField, { description: 'Trường sắp xếp (field).' })
  field!: CommendationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp (direction).' })
  direction!: OrderDirection;
}

const SubjectKindFilter = EnumFilter<SubjectKind>(SubjectKindEnum, 'SubjectKind');
const AwardCategoryFilter = EnumFilter<AwardCategory>(AwardCategoryEnum, 'AwardCategory');
const AwardLevelFilter = EnumFilter<AwardLevel>(AwardLevelEnum, 'AwardLevel');
const StatusFilter = EnumFilter<CommendationStatus>(CommendationStatusEnum, 'CommendationStatus');
const KindFilter = EnumFilter<CommendationKind>(CommendationKindEnum, 'CommendationKind');
const UnitKindFilter = EnumFilter<UnitKind>(UnitKindEnum, 'UnitKind');

@InputType({ description: 'Bộ lọc khen thưởng (commendation filter); các trường cùng cấp kết hợp AND.' })
export class CommendationFilter {
  @Field(() => [CommendationFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng (and).' })
  and?: CommendationFilter[];

  @Field(() => [CommendationFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng (or).' })
  or?: CommendationFilter[];

  @Field(() => CommendationFilter, { nullable: true, description: 'Phủ định (not).' })
  not?: CommendationFilter;

  @Field(() => IntFilter, { nullable: true, description: 'Năm thành tích (year).' })
  year?: IntFilter;

  @Field(() => IDFilter, { nullable: true, description: 'Danh hiệu, hình thức khen thưởng (award type).' })
  awardTypeId?: IDFilter;

  @Field(() => AwardCategoryFilter, { nullable: true, description: 'Danh hiệu thi đua hay hình thức khen thưởng (award category).' })
  awardCategory?: InstanceType<typeof AwardCategoryFilter>;

  @Field(() => AwardLevelFilter, { nullable: true, description: 'Cấp khen thưởng của danh hiệu, hình thức (award level), ví dụ PROVINCE.' })
  awardLevel?: InstanceType<typeof AwardLevelFilter>;

  @Field(() => SubjectKindFilter, { nullable: true, description: 'Loại đối tượng: tập thể, cá nhân, hộ gia đình (subject kind).' })
  subjectKind?: InstanceType<typeof SubjectKindFilter>;

  @Field(() => IDFilter, { nullable: true, description: 'Đơn vị được khen (tập thể) (unit).' })
  unitId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'Cá nhân được khen (person).' })
  personId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'Hộ gia đình được khen (household).' })
  householdId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'Khối, cụm thi đua ghi trên khen thưởng (bloc).' })
  blocId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'Phong trào thi đua (movement).' })
  movementId?: IDFilter;

  @Field(() => IDFilter, { nullable: true, description: 'Quyết định khen thưởng (decision).' })
  decisionId?: IDFilter;

  @Field(() => StatusFilter, { nullable: true, description: 'Trạng thái (status).' })
  status?: InstanceType<typeof StatusFilter>;

  @Field(() => KindFilter, { nullable: true, description: 'Loại hình khen thưởng (kind).' })
  kind?: InstanceType<typeof KindFilter>;

  @Field(() => UnitKindFilter, {
    nullable: true,
    description:
      'Loại hình đơn vị (unit kind): với khen tập thể là loại hình của đơn vị được khen; với khen cá nhân là loại hình đơn vị nơi người đó đang công tác (quá trình công tác chưa kết thúc, mới nhất); hộ gia đình không có loại hình đơn vị (null).',
  })
  unitKind?: InstanceType<typeof UnitKindFilter>;

  @Field(() => DateTimeFilter, { nullable: true, description: 'Thời điểm nhập (created at).' })
  createdAt?: DateTimeFilter;
}

@ArgsType()
export class NestedCommendationsArgs {
  @Field(() => Int, { nullable: true, description: `Lấy N bản ghi đầu (sau \`after\`); mặc định ${LIMITS.pageSizeDefault}, tối đa ${LIMITS.pageSizeMax}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Con trỏ: lấy các bản ghi sau nó (after).' })
  after?: string | null;

  @Field(() => CommendationFilter, { nullable: true, description: 'Bộ lọc (filter).' })
  filter?: CommendationFilter | null;

  @Field(() => [CommendationOrder], { nullable: true, description: 'Sắp xếp; mặc định năm giảm dần, rồi thứ bậc danh hiệu giảm dần.' })
  orderBy?: CommendationOrder[] | null;
}

@ArgsType()
export class CommendationsArgs extends ConnectionArgs {
  @Field(() => CommendationFilter, { nullable: true, description: 'Bộ lọc (filter).' })
  filter?: CommendationFilter | null;

  @Field(() => [CommendationOrder], { nullable: true, description: 'Sắp xếp; mặc định năm giảm dần, rồi thứ bậc danh hiệu giảm dần.' })
  orderBy?: CommendationOrder[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo tên đối tượng và thành tích, không phân biệt dấu và hoa thường: "hoi nu doanh nhan dan dau".',
  })
  search?: string | null;
}
