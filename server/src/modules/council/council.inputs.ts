import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { COUNCIL_LIMITS, CouncilMemberRole, type CouncilStatus, type CouncilThresholdBase } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { EnumFilter, IntFilter } from '../../core/graphql/filters.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { VersionedUpdate } from '../../core/db/versions.js';
import { IntBetween, MaxLen, OneOf, Required, Year } from '../../core/validation.js';
import { CouncilMemberRoleEnum, CouncilStatusEnum, CouncilThresholdBaseEnum } from './council.enums.js';

export enum CouncilSessionOrderField {
  CREATED_AT = 'CREATED_AT',
  YEAR = 'YEAR',
}
registerEnumType(CouncilSessionOrderField, {
  name: 'CouncilSessionOrderField',
  description: 'Trường sắp xếp phiên họp Hội đồng (council session order field).',
  valuesConfig: { CREATED_AT: { description: 'Thời điểm tạo.' }, YEAR: { description: 'Năm xét khen thưởng.' } },
});

@InputType({ description: 'Sắp xếp phiên họp Hội đồng (council session order).' })
export class CouncilSessionOrder {
  @Field(() => CouncilSessionOrderField, { description: 'Trường sắp xếp.' }) field!: CouncilSessionOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều sắp xếp.' }) direction!: OrderDirection;
}

const StatusFilter = EnumFilter<CouncilStatus>(CouncilStatusEnum, 'CouncilStatus');

@InputType({ description: 'Bộ lọc phiên họp Hội đồng (council session filter); các trường cùng cấp kết hợp AND.' })
export class CouncilSessionFilter {
  @Field(() => StatusFilter, { nullable: true, description: 'Trạng thái.' }) status?: InstanceType<typeof StatusFilter>;
  @Field(() => IntFilter, { nullable: true, description: 'Năm xét khen thưởng.' }) year?: IntFilter;
}

@ArgsType()
export class CouncilSessionsArgs extends ConnectionArgs {
  @Field(() => CouncilSessionFilter, { nullable: true, description: 'Bộ lọc (filter).' }) filter?: CouncilSessionFilter | null;
  @Field(() => [CouncilSessionOrder], { nullable: true, description: 'Sắp xếp; mặc định mới tạo trước.' }) orderBy?: CouncilSessionOrder[] | null;
}

@InputType({ description: 'Một thành viên Hội đồng (council member input).' })
export class CouncilMemberInput {
  @Field({ description: 'Họ tên (name).' }) @Required() @MaxLen(COUNCIL_LIMITS.textMax) name!: string;
  @Field(() => String, { nullable: true, description: 'Chức vụ, cơ quan (position).' }) @IsOptional() @MaxLen(COUNCIL_LIMITS.textMax) position?: string | null;
  @Field(() => CouncilMemberRoleEnum, { defaultValue: 'MEMBER', description: 'Vai trò (role).' }) @OneOf(CouncilMemberRole.values) role!: CouncilMemberRole;
  @Field({ defaultValue: true, description: 'Có mặt (present).' }) present!: boolean;
}

@InputType({ description: 'Lập phiên họp Hội đồng Thi đua – Khen thưởng (create council session); thiết lập trống lấy mặc định.' })
export class CreateCouncilSessionInput {
  @Field({ description: 'Tiêu đề (title).' }) @Required() @MaxLen(COUNCIL_LIMITS.titleMax) title!: string;
  @Field(() => Int, { description: 'Năm xét khen thưởng (year).' }) @Year() year!: number;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày họp (meeting date).' }) @IsOptional() meetingDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Địa điểm họp (venue).' }) @IsOptional() @MaxLen(COUNCIL_LIMITS.textMax) venue?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Bỏ phiếu kín (secret).' }) @IsOptional() secret?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Số thành viên có mặt tối thiểu, % (quorum).' }) @IsOptional() @IntBetween(0, 100) quorumPercent?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Tỷ lệ đồng ý cần đạt, % (threshold).' }) @IsOptional() @IntBetween(1, 100) thresholdPercent?: number | null;
  @Field(() => CouncilThresholdBaseEnum, { nullable: true, description: 'Cơ sở tính tỷ lệ (threshold base).' })
  @IsOptional()
  thresholdBase?: CouncilThresholdBase | null;

  @Field(() => [CouncilMemberInput], { nullable: true, description: 'Thành viên Hội đồng (members).' })
  @IsOptional()
  @ArrayMaxSize(COUNCIL_LIMITS.membersMax)
  @ValidateNested()
  members?: CouncilMemberInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Các hồ sơ đang chờ xét khen thưởng: mọi đối tượng đủ điều kiện của chúng vào danh sách biểu quyết (dossiers).',
  })
  @IsOptional()
  @ArrayMaxSize(COUNCIL_LIMITS.agendaMax)
  dossierIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Các dòng đề nghị (đủ điều kiện, của hồ sơ đang chờ xét khen thưởng) vào danh sách biểu quyết (lines).' })
  @IsOptional()
  @ArrayMaxSize(COUNCIL_LIMITS.agendaMax)
  lineIds?: string[] | null;
}

@InputType({
  description:
    'Sửa phiên họp Hội đồng (update council session): mọi trường khi còn dự thảo; khi đang biểu quyết chỉ ngày, địa điểm và thành viên (điểm danh); chỉ các trường được gửi mới thay đổi. Danh sách biểu quyết mới thay cả danh sách cũ.',
})
export class UpdateCouncilSessionInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Phiên họp (council session).' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Tiêu đề (title).' }) @IsOptional() @Required() @MaxLen(COUNCIL_LIMITS.titleMax) title?: string;
  @Field(() => Int, { nullable: true, description: 'Năm xét khen thưởng (year).' }) @IsOptional() @Year() year?: number;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày họp (meeting date).' }) @IsOptional() meetingDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Địa điểm họp (venue).' }) @IsOptional() @MaxLen(COUNCIL_LIMITS.textMax) venue?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Bỏ phiếu kín (secret).' }) @IsOptional() secret?: boolean;
  @Field(() => Int, { nullable: true, description: 'Số thành viên có mặt tối thiểu, % (quorum).' }) @IsOptional() @IntBetween(0, 100) quorumPercent?: number;
  @Field(() => Int, { nullable: true, description: 'Tỷ lệ đồng ý cần đạt, % (threshold).' }) @IsOptional() @IntBetween(1, 100) thresholdPercent?: number;
  @Field(() => CouncilThresholdBaseEnum, { nullable: true, description: 'Cơ sở tính tỷ lệ (threshold base).' })
  @IsOptional()
  thresholdBase?: CouncilThresholdBase;

  @Field(() => [CouncilMemberInput], { nullable: true, description: 'Thành viên Hội đồng và có mặt hay không (members), thay cả danh sách.' })
  @IsOptional()
  @ArrayMaxSize(COUNCIL_LIMITS.membersMax)
  @ValidateNested()
  members?: CouncilMemberInput[];

  @Field(() => [ID], { nullable: true, description: 'Các hồ sơ đang chờ xét khen thưởng (dossiers), cùng với lineIds lập lại danh sách biểu quyết.' })
  @IsOptional()
  @ArrayMaxSize(COUNCIL_LIMITS.agendaMax)
  dossierIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Các dòng đề nghị (lines), cùng với dossierIds lập lại danh sách biểu quyết.' })
  @IsOptional()
  @ArrayMaxSize(COUNCIL_LIMITS.agendaMax)
  lineIds?: string[];
}

@InputType({ description: 'Số phiếu của một đối tượng (council vote).' })
export class CouncilVoteInput {
  @Field(() => ID, { description: 'Dòng đề nghị (dossier line) trong danh sách biểu quyết.' }) lineId!: string;
  @Field(() => Int, { description: 'Số phiếu đồng ý (agree).' }) @IntBetween(0, COUNCIL_LIMITS.membersMax) agree!: number;
  @Field(() => Int, { description: 'Số phiếu không đồng ý (disagree).' }) @IntBetween(0, COUNCIL_LIMITS.membersMax) disagree!: number;
}

@InputType({ description: 'Ghi kết quả kiểm phiếu của Hội đồng (record council votes); chỉ khi đang biểu quyết.' })
export class RecordCouncilVotesInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Phiên họp (council session).' }) id!: string;

  @Field(() => [CouncilVoteInput], { description: 'Số phiếu từng đối tượng (votes); đối tượng không gửi giữ số đã ghi.' })
  @ArrayMaxSize(COUNCIL_LIMITS.agendaMax)
  @ValidateNested()
  votes!: CouncilVoteInput[];
}
