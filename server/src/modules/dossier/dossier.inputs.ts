import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { DOSSIER_LIMITS, DossierKind, LIMITS, type DossierLevel, type DossierStatus } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { EnumFilter, IDFilter, IntFilter, DateFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { MaxLen, OneOf, Required, Year } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';
import { DossierKindEnum, DossierLevelEnum, DossierStatusEnum } from './dossier.enums.js';

export enum DossierOrderField {
  CREATED_AT = 'CREATED_AT',
  YEAR = 'YEAR',
}
registerEnumType(DossierOrderField, {
  name: 'DossierOrderField',
  description: 'Trường sắp xếp hồ sơ (dossier order field).',
  valuesConfig: { CREATED_AT: { description: 'Thời điểm tạo.' }, YEAR: { description: 'Năm.' } },
});

@InputType({ description: 'Sắp xếp hồ sơ (dossier order).' })
export class DossierOrder {
  @Field(() => DossierOrderField, { description: 'Trường sắp xếp.' }) field!: DossierOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp.' }) direction!: OrderDirection;
}

const StatusFilter = EnumFilter<DossierStatus>(DossierStatusEnum, 'DossierStatus');
const KindFilter = EnumFilter<DossierKind>(DossierKindEnum, 'DossierKind');
const LevelFilter = EnumFilter<DossierLevel>(DossierLevelEnum, 'DossierLevel');

@InputType({ description: 'Bộ lọc hồ sơ (dossier filter); các trường cùng cấp kết hợp AND.' })
export class DossierFilter {
  @Field(() => [DossierFilter], { nullable: true, description: 'Tất cả điều kiện đều đúng.' }) and?: DossierFilter[];
  @Field(() => [DossierFilter], { nullable: true, description: 'Ít nhất một điều kiện đúng.' }) or?: DossierFilter[];
  @Field(() => DossierFilter, { nullable: true, description: 'Phủ định.' }) not?: DossierFilter;
  @Field(() => StatusFilter, { nullable: true, description: 'Trạng thái.' }) status?: InstanceType<typeof StatusFilter>;
  @Field(() => KindFilter, { nullable: true, description: 'Loại hồ sơ.' }) kind?: InstanceType<typeof KindFilter>;
  @Field(() => LevelFilter, { nullable: true, description: 'Cấp đang giữ.' }) currentLevel?: InstanceType<typeof LevelFilter>;
  @Field(() => IntFilter, { nullable: true, description: 'Năm.' }) year?: IntFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Đơn vị đề nghị.' }) proposingUnitId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Khối thi đua.' }) blocId?: IDFilter;
  @Field(() => DateFilter, { nullable: true, description: 'Hạn xử lý.' }) dueOn?: DateFilter;
}

@ArgsType()
export class DossiersArgs extends ConnectionArgs {
  @Field(() => DossierFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: DossierFilter | null;
  @Field(() => [DossierOrder], { nullable: true, description: 'Sắp xếp; mặc định mới tạo trước.' }) orderBy?: DossierOrder[] | null;
}

@InputType({ description: 'Lập hồ sơ đề nghị khen thưởng của một đơn vị (create dossier); bắt đầu ở trạng thái DRAFT (chờ chuyển).' })
export class CreateDossierInput {
  @Field(() => ID, { description: 'Đơn vị đề nghị (proposing unit).' }) proposingUnitId!: string;
  @Field(() => DossierKindEnum, { description: 'Loại hồ sơ.' }) @OneOf(DossierKind.values) kind!: DossierKind;
  @Field(() => Int, { description: 'Năm thành tích.' }) @Year() year!: number;
  @Field({ description: 'Trích yếu.' }) @Required() @MaxLen(DOSSIER_LIMITS.titleMax) title!: string;
  @Field(() => String, { nullable: true, description: 'Nội dung.' }) @IsOptional() @MaxLen(LIMITS.textMax) content?: string | null;
  @Field(() => ID, { nullable: true, description: 'Khối thi đua gửi tới (bloc): hồ sơ gửi khối; đơn vị phải là thành viên khối trong năm.' })
  blocId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Cơ quan cấp trên nhận hồ sơ (receiver unit); khi không có khối, không có cơ quan: gửi Ban.' })
  receiverUnitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Phong trào thi đua.' }) movementId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Giao ước thi đua.' }) covenantId?: string | null;
  @Field(() => String, { nullable: true, description: 'Số tờ trình.' }) @IsOptional() @MaxLen(DOSSIER_LIMITS.numberMax) proposalNumber?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày tờ trình.' }) proposalDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Người ký tờ trình.' }) @IsOptional() @MaxLen(DOSSIER_LIMITS.signerMax) proposalSigner?: string | null;
}

@InputType({ description: 'Sửa hồ sơ (update dossier) khi còn chờ chuyển hoặc bị trả lại; đã gửi là DOSSIER_LOCKED.' })
export class UpdateDossierInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã hồ sơ.' }) id!: string;
  @Field(() => DossierKindEnum, { nullable: true, description: 'Loại hồ sơ.' }) @IsOptional() @OneOf(DossierKind.values) kind?: DossierKind;
  @Field(() => String, { nullable: true, description: 'Trích yếu.' }) @IsOptional() @Required() @MaxLen(DOSSIER_LIMITS.titleMax) title?: string;
  @Field(() => String, { nullable: true, description: 'Nội dung.' }) @IsOptional() @MaxLen(LIMITS.textMax) content?: string | null;
  @Field(() => String, { nullable: true, description: 'Số tờ trình.' }) @IsOptional() @MaxLen(DOSSIER_LIMITS.numberMax) proposalNumber?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày tờ trình.' }) proposalDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Người ký tờ trình.' }) @IsOptional() @MaxLen(DOSSIER_LIMITS.signerMax) proposalSigner?: string | null;
}

@InputType({ description: 'Tổng hợp các hồ sơ đã tiếp nhận thành một hồ sơ mới của cấp nhận (aggregate dossiers); tất cả hoặc không gì cả.' })
export class AggregateDossiersInput {
  @Field(() => [ID], { description: 'Các hồ sơ đã tiếp nhận (RECEIVED), cùng năm, cùng nơi nhận.' })
  @ArrayMinSize(1, { message: 'Chọn ít nhất một hồ sơ.', context: { code: 'REQUIRED' } })
  @ArrayMaxSize(DOSSIER_LIMITS.aggregateMax, { message: `Tối đa ${DOSSIER_LIMITS.aggregateMax} hồ sơ.`, context: { code: 'OUT_OF_RANGE' } })
  ids!: string[];
  @Field({ description: 'Trích yếu của hồ sơ tổng hợp.' }) @Required() @MaxLen(DOSSIER_LIMITS.titleMax) title!: string;
  @Field(() => DossierKindEnum, { nullable: true, description: 'Loại hồ sơ; mặc định loại của hồ sơ đầu tiên.' })
  @IsOptional()
  @OneOf(DossierKind.values)
  kind?: DossierKind | null;
  @Field(() => String, { nullable: true, description: 'Số tờ trình.' }) @IsOptional() @MaxLen(DOSSIER_LIMITS.numberMax) proposalNumber?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày tờ trình.' }) proposalDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Người ký tờ trình.' }) @IsOptional() @MaxLen(DOSSIER_LIMITS.signerMax) proposalSigner?: string | null;
}
