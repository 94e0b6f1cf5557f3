import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional } from 'class-validator';
import { LIMITS, type AwardLevel } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { AwardLevelEnum } from '../../core/graphql/enums.js';
import { DateFilter, DateTimeFilter, EnumFilter, StringFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { MaxLen, Required } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

const ISSUER_MAX = 200;
const SIGNER_MAX = 120;
const SIGNER_TITLE_MAX = 200;

export enum DecisionOrderField {
  ISSUED_ON = 'ISSUED_ON',
  NUMBER = 'NUMBER',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(DecisionOrderField, {
  name: 'DecisionOrderField',
  description: 'Trường sắp xếp quyết định (decision order field).',
  valuesConfig: {
    ISSUED_ON: { description: 'Ngày ký (issued on); quyết định không rõ ngày xếp cuối khi giảm dần.' },
    NUMBER: { description: 'Số, ký hiệu (number); không có số xếp đầu khi tăng dần.' },
    CREATED_AT: { description: 'Thời điểm tạo (created at).' },
  },
});

@InputType({ description: 'Sắp xếp quyết định (decision order).' })
export class DecisionOrder {
  @Field(() => DecisionOrderField, { description: 'Trường sắp xếp (field).' }) field!: DecisionOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp (direction).' }) direction!: OrderDirection;
}

const AwardLevelFilter = EnumFilter<AwardLevel>(AwardLevelEnum, 'AwardLevel');

@InputType({ description: 'Bộ lọc quyết định (decision filter); các trường cùng cấp kết hợp AND.' })
export class DecisionFilter {
  @Field(() => [DecisionFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng (and).' }) and?: DecisionFilter[];
  @Field(() => [DecisionFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng (or).' }) or?: DecisionFilter[];
  @Field(() => DecisionFilter, { nullable: true, description: 'Phủ định (not).' }) not?: DecisionFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Số, ký hiệu (number).' }) number?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Cơ quan ban hành (issuer).' }) issuer?: StringFilter;
  @Field(() => AwardLevelFilter, { nullable: true, description: 'Cấp cơ quan ban hành (issuer level).' }) issuerLevel?: InstanceType<typeof AwardLevelFilter>;
  @Field(() => DateFilter, { nullable: true, description: 'Ngày ký (issued on).' }) issuedOn?: DateFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Người ký (signer).' }) signer?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: 'Thời điểm tạo (created at).' }) createdAt?: DateTimeFilter;
}

@ArgsType()
export class DecisionsArgs extends ConnectionArgs {
  @Field(() => DecisionFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: DecisionFilter | null;
  @Field(() => [DecisionOrder], { nullable: true, description: 'Sắp xếp (order); mặc định ngày ký mới nhất trước.' }) orderBy?: DecisionOrder[] | null;
  @Field(() => String, { nullable: true, description: 'Tìm theo số, cơ quan ban hành, trích yếu, không phân biệt dấu (search).' }) search?: string | null;
}

@InputType({ description: 'Dữ liệu tạo quyết định (create decision).' })
export class CreateDecisionInput {
  @Field(() => String, {
    nullable: true,
    description: 'Số, ký hiệu (number), ví dụ "889/QĐ-UBND"; bỏ trống khi nguồn không nêu. Duy nhất theo cơ quan ban hành.',
  })
  @IsOptional()
  @MaxLen(LIMITS.decisionNumberMax)
  number?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày ký (issued on).' }) issuedOn?: string | null;
  @Field({ description: 'Cơ quan ban hành (issuer), ví dụ "UBND thành phố Hải Phòng".' }) @Required() @MaxLen(ISSUER_MAX) issuer!: string;
  @Field(() => AwardLevelEnum, { description: 'Cấp cơ quan ban hành (issuer level).' }) issuerLevel!: AwardLevel;
  @Field(() => String, { nullable: true, description: 'Người ký (signer).' }) @IsOptional() @MaxLen(SIGNER_MAX) signer?: string | null;
  @Field(() => String, { nullable: true, description: 'Chức vụ người ký (signer title).' }) @IsOptional() @MaxLen(SIGNER_TITLE_MAX) signerTitle?: string | null;
  @Field({ description: 'Trích yếu (subject).' }) @Required() @MaxLen(LIMITS.textMax) subject!: string;
  @Field(() => String, { nullable: true, description: 'Ghi chú, nguồn (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}

@InputType({ description: 'Sửa quyết định (update decision): chỉ các trường được gửi mới thay đổi.' })
export class UpdateDecisionInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã quyết định (id).' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Số, ký hiệu (number); null để xóa.' }) @IsOptional() @MaxLen(LIMITS.decisionNumberMax) number?:
    string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày ký (issued on).' }) issuedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Cơ quan ban hành (issuer).' }) @IsOptional() @Required() @MaxLen(ISSUER_MAX) issuer?: string;
  @Field(() => AwardLevelEnum, { nullable: true, description: 'Cấp cơ quan ban hành (issuer level).' }) issuerLevel?: AwardLevel;
  @Field(() => String, { nullable: true, description: 'Người ký (signer).' }) @IsOptional() @MaxLen(SIGNER_MAX) signer?: string | null;
  @Field(() => String, { nullable: true, description: 'Chức vụ người ký (signer title).' }) @IsOptional() @MaxLen(SIGNER_TITLE_MAX) signerTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'Trích yếu (subject).' }) @IsOptional() @Required() @MaxLen(LIMITS.textMax) subject?: string;
  @Field(() => String, { nullable: true, description: 'Ghi chú, nguồn (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}

@InputType({ description: 'Công bố quyết định trên trang tra cứu công khai (publish decision).' })
export class PublishDecisionInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã quyết định (id).' }) id!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày công bố (published on); mặc định hôm nay (giờ Việt Nam).' }) publishedOn?: string | null;
}

@InputType({ description: 'Thôi công bố quyết định (unpublish decision): quyết định và danh sách khen thưởng của nó rời trang tra cứu công khai.' })
export class UnpublishDecisionInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã quyết định (id).' }) id!: string;
}
