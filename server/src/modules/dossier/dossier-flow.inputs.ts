import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { AppraisalResult, DOSSIER_LIMITS, LIMITS } from '@thidua/shared';
import { VersionedUpdate } from '../../core/db/versions.js';
import { MaxLen, OneOf, Required } from '../../core/validation.js';
import { AppraisalResultEnum } from './dossier.enums.js';

@InputType({ description: 'Lập hồ sơ của khối từ các đề nghị của kết quả bỏ phiếu (create dossier from proposals).' })
export class CreateDossierFromProposalsInput {
  @Field(() => [ID], { description: 'Các đề nghị (CommendationProposal) của cùng một giao ước, chưa đưa vào hồ sơ nào.' })
  @ArrayMinSize(1, { message: 'Chọn ít nhất một đề nghị.', context: { code: 'REQUIRED' } })
  @ArrayMaxSize(DOSSIER_LIMITS.linesMax, { message: `Tối đa ${DOSSIER_LIMITS.linesMax} đề nghị.`, context: { code: 'OUT_OF_RANGE' } })
  proposalIds!: string[];
  @Field(() => String, { nullable: true, description: 'Trích yếu; mặc định "Đề nghị khen thưởng năm … của …".' })
  @IsOptional()
  @MaxLen(DOSSIER_LIMITS.titleMax)
  title?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị đề nghị, chỉ cần khi khối chưa có trưởng khối năm đó (mặc định: trưởng khối).' })
  proposingUnitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Số tờ trình.' }) @IsOptional() @MaxLen(DOSSIER_LIMITS.numberMax) proposalNumber?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày tờ trình.' }) proposalDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Người ký tờ trình.' }) @IsOptional() @MaxLen(DOSSIER_LIMITS.signerMax) proposalSigner?: string | null;
}

@InputType({ description: 'Kết quả thẩm định một dòng đề nghị (appraise dossier line), kèm báo cáo xét tự động lúc thẩm định.' })
export class AppraiseDossierLineInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Dòng đề nghị.' }) lineId!: string;
  @Field(() => AppraisalResultEnum, { description: 'Đủ hoặc không đủ điều kiện.' }) @OneOf(AppraisalResult.values) result!: AppraisalResult;
  @Field(() => String, { nullable: true, description: 'Ý kiến thẩm định.' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Lý do, bắt buộc khi kết quả khác kết quả xét tự động (không đạt mà ghi đủ điều kiện, đạt mà ghi không đủ).',
  })
  @IsOptional()
  @MaxLen(LIMITS.textMax)
  overrideReason?: string | null;
}

@InputType({ description: 'Phê duyệt hồ sơ (approve dossier): quyết định khen thưởng và một khen thưởng cho mỗi dòng đủ điều kiện.' })
export class ApproveDossierInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Hồ sơ chờ xét khen thưởng.' }) dossierId!: string;
  @Field({ description: 'Số quyết định, ví dụ "512/QĐ-UBND"; duy nhất theo cơ quan ban hành.' })
  @Required()
  @MaxLen(LIMITS.decisionNumberMax)
  decisionNumber!: string;
  @Field(() => LocalDateResolver, { description: 'Ngày ký.' }) issuedOn!: string;
  @Field({ description: 'Cơ quan ban hành, ví dụ "UBND thành phố Hải Phòng".' }) @Required() @MaxLen(200) issuer!: string;
  @Field(() => String, { nullable: true, description: 'Người ký.' }) @IsOptional() @MaxLen(120) signer?: string | null;
}

@InputType({ description: 'Hủy phê duyệt hồ sơ (cancel dossier approval): gỡ các khen thưởng đã ghi và quyết định nếu không còn dùng.' })
export class CancelDossierApprovalInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Hồ sơ đã khen thưởng.' }) dossierId!: string;
  @Field({ description: 'Lý do hủy.' }) @Required() @MaxLen(LIMITS.textMax) reason!: string;
}

@InputType({
  description:
    'Phân công chuyên viên xử lý hồ sơ ở Ban (assign dossier specialist; LPM: chuyển chuyên viên xử lý): khi đã phân công, chỉ chuyên viên đó (và quản trị) làm các bước của Ban.',
})
export class AssignDossierSpecialistInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Hồ sơ Ban đang giữ (đã tiếp nhận, đã chuyển hoặc bị trả lại xét duyệt).' }) dossierId!: string;
  @Field(() => ID, { nullable: true, description: 'Tài khoản cán bộ của Ban (specialist); trống: bỏ phân công.' }) specialistId?: string | null;
}
