import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayNotEmpty, ArrayUnique, IsOptional, Matches } from 'class-validator';
import { LIMITS, type AwardCategory, type AwardLevel, type SubjectKind } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { AwardCategoryEnum, AwardLevelEnum, SubjectKindEnum } from '../../core/graphql/enums.js';
import { BooleanFilter, EnumFilter, StringFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { IntBetween, MaxLen, NumberBetween, Required } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

export const AWARD_TYPE_LIMITS = { name: 300, rankMax: 1000, cashMultiplierMax: 1000 } as const;

const Code = () => Matches(/^\s*[A-Za-z0-9_]+\s*$/, { message: 'Mã chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới.', context: { code: 'INVALID' } });
const SubjectKinds = (): PropertyDecorator => (target, key) => {
  ArrayNotEmpty({ message: 'Cần ít nhất một loại đối tượng.', context: { code: 'REQUIRED' } })(target, key);
  ArrayUnique({ message: 'Loại đối tượng bị lặp.', context: { code: 'INVALID' } })(target, key);
};

export enum AwardTypeOrderField {
  RANK = 'RANK',
  NAME_VI = 'NAME_VI',
  CODE = 'CODE',
}
registerEnumType(AwardTypeOrderField, {
  name: 'AwardTypeOrderField',
  description: 'Trường sắp xếp danh mục khen thưởng (award type order field).',
  valuesConfig: {
    RANK: { description: 'Thứ bậc (rank), cao hơn là cao quý hơn.' },
    NAME_VI: { description: 'Tên tiếng Việt (Vietnamese name).' },
    CODE: { description: 'Mã (code).' },
  },
});

@InputType({ description: 'Sắp xếp danh mục khen thưởng (award type order).' })
export class AwardTypeOrder {
  @Field(() => AwardTypeOrderField, { description: 'Trường sắp xếp (field).' }) field!: AwardTypeOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp (direction).' }) direction!: OrderDirection;
}

const AwardCategoryFilter = EnumFilter<AwardCategory>(AwardCategoryEnum, 'AwardCategory');
const AwardLevelFilter = EnumFilter<AwardLevel>(AwardLevelEnum, 'AwardLevel');
const SubjectKindFilter = EnumFilter<SubjectKind>(SubjectKindEnum, 'SubjectKind');

@InputType({ description: 'Bộ lọc danh mục khen thưởng (award type filter); các trường cùng cấp kết hợp AND.' })
export class AwardTypeFilter {
  @Field(() => [AwardTypeFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng (and).' }) and?: AwardTypeFilter[];
  @Field(() => [AwardTypeFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng (or).' }) or?: AwardTypeFilter[];
  @Field(() => AwardTypeFilter, { nullable: true, description: 'Phủ định (not).' }) not?: AwardTypeFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Mã (code).' }) code?: StringFilter;
  @Field(() => AwardCategoryFilter, { nullable: true, description: 'Danh hiệu hay hình thức (category).' }) category?: InstanceType<typeof AwardCategoryFilter>;
  @Field(() => AwardLevelFilter, { nullable: true, description: 'Cấp khen thưởng (level).' }) level?: InstanceType<typeof AwardLevelFilter>;
  @Field(() => SubjectKindFilter, {
    nullable: true,
    description: 'Áp dụng cho loại đối tượng (subject kind): eq/in khớp khi danh sách đối tượng có giá trị đó.',
  })
  subjectKind?: InstanceType<typeof SubjectKindFilter>;
  @Field(() => BooleanFilter, { nullable: true, description: 'Còn áp dụng (active).' }) active?: BooleanFilter;
}

@ArgsType()
export class AwardTypesArgs extends ConnectionArgs {
  @Field(() => AwardTypeFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: AwardTypeFilter | null;
  @Field(() => [AwardTypeOrder], { nullable: true, description: 'Sắp xếp (order); mặc định thứ bậc cao trước, rồi theo tên.' }) orderBy?:
    AwardTypeOrder[] | null;
  @Field(() => String, { nullable: true, description: 'Tìm theo tên tiếng Việt hoặc tiếng Anh, không phân biệt dấu (search), ví dụ "co thi dua".' }) search?:
    string | null;
}

@InputType({ description: 'Dữ liệu tạo mục danh mục khen thưởng (create award type).' })
export class CreateAwardTypeInput {
  @Field({ description: 'Mã, duy nhất (code): chữ không dấu, số, gạch dưới; lưu chữ hoa.' }) @Required() @MaxLen(LIMITS.codeMax) @Code() code!: string;
  @Field({ description: 'Tên tiếng Việt (Vietnamese name).' }) @Required() @MaxLen(AWARD_TYPE_LIMITS.name) nameVi!: string;
  @Field({ description: 'Tên tiếng Anh (English name).' }) @Required() @MaxLen(AWARD_TYPE_LIMITS.name) nameEn!: string;
  @Field(() => AwardCategoryEnum, { description: 'Danh hiệu thi đua hay hình thức khen thưởng (category).' }) category!: AwardCategory;
  @Field(() => [SubjectKindEnum], { description: 'Đối tượng được tặng (subject kinds), ít nhất một.' }) @SubjectKinds() subjectKinds!: SubjectKind[];
  @Field(() => AwardLevelEnum, { description: 'Cấp khen thưởng (level).' }) level!: AwardLevel;
  @Field(() => String, { nullable: true, description: 'Căn cứ pháp lý (legal basis).' }) @IsOptional() @MaxLen(LIMITS.textMax) legalBasis?: string | null;
  @Field(() => Float, { nullable: true, description: 'Hệ số tiền thưởng theo lương cơ sở (cash multiplier).' })
  @IsOptional()
  @NumberBetween(0, AWARD_TYPE_LIMITS.cashMultiplierMax)
  cashMultiplier?: number | null;
  @Field(() => Int, { nullable: true, description: 'Thứ bậc (rank), cao hơn là cao quý hơn; mặc định 0.' })
  @IsOptional()
  @IntBetween(0, AWARD_TYPE_LIMITS.rankMax)
  rank?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Còn áp dụng (active); mặc định có.' }) active?: boolean | null;
}

@InputType({ description: 'Sửa mục danh mục khen thưởng (update award type): chỉ các trường được gửi mới thay đổi.' })
export class UpdateAwardTypeInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã mục danh mục (id).' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Mã (code).' }) @IsOptional() @Required() @MaxLen(LIMITS.codeMax) @Code() code?: string;
  @Field(() => String, { nullable: true, description: 'Tên tiếng Việt (Vietnamese name).' })
  @IsOptional()
  @Required()
  @MaxLen(AWARD_TYPE_LIMITS.name)
  nameVi?: string;
  @Field(() => String, { nullable: true, description: 'Tên tiếng Anh (English name).' })
  @IsOptional()
  @Required()
  @MaxLen(AWARD_TYPE_LIMITS.name)
  nameEn?: string;
  @Field(() => AwardCategoryEnum, { nullable: true, description: 'Danh hiệu hay hình thức (category).' }) category?: AwardCategory;
  @Field(() => [SubjectKindEnum], { nullable: true, description: 'Đối tượng được tặng (subject kinds).' })
  @IsOptional()
  @SubjectKinds()
  subjectKinds?: SubjectKind[];
  @Field(() => AwardLevelEnum, { nullable: true, description: 'Cấp khen thưởng (level).' }) level?: AwardLevel;
  @Field(() => String, { nullable: true, description: 'Căn cứ pháp lý (legal basis).' }) @IsOptional() @MaxLen(LIMITS.textMax) legalBasis?: string | null;
  @Field(() => Float, { nullable: true, description: 'Hệ số tiền thưởng (cash multiplier); null để xóa.' })
  @IsOptional()
  @NumberBetween(0, AWARD_TYPE_LIMITS.cashMultiplierMax)
  cashMultiplier?: number | null;
  @Field(() => Int, { nullable: true, description: 'Thứ bậc (rank).' }) @IsOptional() @IntBetween(0, AWARD_TYPE_LIMITS.rankMax) rank?: number;
  @Field(() => Boolean, { nullable: true, description: 'Còn áp dụng (active).' }) active?: boolean;
}
