import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { LIMITS, type CommendationKind, type RecipientCategory } from '@thidua/shared';
import { CommendationKindEnum, RecipientCategoryEnum } from '../../core/graphql/enums.js';
import { MaxLen, Required, Year } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

@InputType({
  description:
    'Đối tượng được khen (commendation subject): đúng một trong unitId (tập thể), personId (cá nhân), householdId (hộ gia đình). Thiếu: SUBJECT_REQUIRED; nhiều hơn một: SUBJECT_AMBIGUOUS.',
})
export class CommendationSubjectInput {
  @Field(() => ID, { nullable: true, description: 'Đơn vị được khen tập thể (unit).' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Cá nhân được khen (person).' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Hộ gia đình được khen (household).' })
  householdId?: string | null;
}

@InputType({ description: 'Dữ liệu ghi nhận một khen thưởng (create commendation).' })
export class CreateCommendationInput {
  @Field(() => CommendationSubjectInput, { description: 'Đối tượng được khen (subject); lỗi về đối tượng trả về tại ["subject"].' })
  @ValidateNested()
  subject!: CommendationSubjectInput;

  @Field(() => ID, { description: 'Danh hiệu, hình thức khen thưởng (award type); phải áp dụng cho loại đối tượng, nếu không: SUBJECT_KIND_MISMATCH.' })
  awardTypeId!: string;

  @Field(() => Int, { description: 'Năm thành tích (year).' })
  @Year()
  year!: number;

  @Field({ description: 'Thành tích (achievement), ví dụ "hoàn thành xuất sắc toàn diện nhiệm vụ công tác năm 2022".' })
  @Required()
  @MaxLen(LIMITS.textMax)
  achievement!: string;

  @Field(() => CommendationKindEnum, { nullable: true, description: 'Loại hình khen thưởng (kind); mặc định MERIT (công trạng).' })
  kind?: CommendationKind | null;

  @Field(() => RecipientCategoryEnum, {
    nullable: true,
    description: 'Đối tượng cá nhân theo biểu thống kê (recipient category); chỉ cho khen thưởng cá nhân, nếu không: RECIPIENT_CATEGORY_NOT_INDIVIDUAL.',
  })
  recipientCategory?: RecipientCategory | null;

  @Field(() => ID, { nullable: true, description: 'Quyết định khen thưởng (decision); năm thành tích không được sau năm ký quyết định.' })
  decisionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Khối, cụm thi đua nơi bình xét (bloc).' })
  blocId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Phong trào thi đua (movement).' })
  movementId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Hội nghị trao tặng (presented at, event); khi có, trạng thái là PRESENTED.' })
  presentedAtId?: string | null;

  @Field(() => String, { nullable: true, description: 'Người trao (presented by); khi có, trạng thái là PRESENTED.' })
  @IsOptional()
  @MaxLen(300)
  presentedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú, nguồn (note).' })
  @IsOptional()
  @MaxLen(LIMITS.textMax)
  note?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Vẫn ghi nhận khi đã có khen thưởng cùng đối tượng, danh hiệu, năm và quyết định (lần khen thứ hai). Mặc định false: bản trùng bị từ chối với DUPLICATE tại ["subject"], recordId là khen thưởng đã có. Cùng quyết định nghĩa là cùng một quyết định, hoặc cả hai đều chưa gắn quyết định; khen thưởng đã thu hồi không tính.',
  })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean | null;
}

@InputType({ description: 'Sửa khen thưởng: chỉ các trường được gửi mới thay đổi. Khen thưởng đã thu hồi chỉ sửa được ghi chú.' })
export class UpdateCommendationInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã khen thưởng (id).' })
  id!: string;

  @Field(() => CommendationSubjectInput, { nullable: true, description: 'Đối tượng mới (subject).' })
  @IsOptional()
  @ValidateNested()
  subject?: CommendationSubjectInput | null;

  @Field(() => ID, { nullable: true, description: 'Danh hiệu, hình thức khen thưởng (award type).' })
  awardTypeId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Năm thành tích (year).' })
  @IsOptional()
  @Year()
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Thành tích (achievement).' })
  @IsOptional()
  @Required()
  @MaxLen(LIMITS.textMax)
  achievement?: string | null;

  @Field(() => CommendationKindEnum, { nullable: true, description: 'Loại hình khen thưởng (kind).' })
  kind?: CommendationKind | null;

  @Field(() => RecipientCategoryEnum, {
    nullable: true,
    description:
      'Đối tượng cá nhân theo biểu thống kê (recipient category); null để bỏ; chỉ cho khen thưởng cá nhân, nếu không: RECIPIENT_CATEGORY_NOT_INDIVIDUAL.',
  })
  recipientCategory?: RecipientCategory | null;

  @Field(() => ID, { nullable: true, description: 'Quyết định (decision); null để bỏ.' })
  decisionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Khối, cụm thi đua (bloc); null để bỏ.' })
  blocId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Phong trào thi đua (movement); null để bỏ.' })
  movementId?: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú, nguồn (note).' })
  @IsOptional()
  @MaxLen(LIMITS.textMax)
  note?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Vẫn lưu khi đối tượng, danh hiệu, năm hoặc quyết định được sửa thành giống một khen thưởng khác đã có (lần khen thứ hai). Mặc định false: sửa thành bản trùng bị từ chối với DUPLICATE tại ["subject"], recordId là khen thưởng đã có. Cùng quyết định nghĩa là cùng một quyết định, hoặc cả hai đều chưa gắn quyết định; khen thưởng đã thu hồi không tính.',
  })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean | null;
}

@InputType({ description: 'Thu hồi khen thưởng (revoke commendation); thu hồi lần hai: INVALID_STATE.' })
export class RevokeCommendationInput {
  @Field(() => ID, { description: 'Mã khen thưởng (id).' })
  id!: string;

  @Field(() => LocalDateResolver, { description: 'Ngày thu hồi (revoked on).' })
  revokedOn!: string;

  @Field(() => ID, { nullable: true, description: 'Quyết định thu hồi (revoking decision); nên ghi khi có.' })
  decisionId?: string | null;

  @Field({ description: 'Lý do thu hồi (reason), ví dụ "Quyết định số … hủy bỏ do kê khai thành tích không đúng".' })
  @Required()
  @MaxLen(LIMITS.textMax)
  reason!: string;
}

@InputType({ description: 'Ghi nhận đã trao tặng (mark presented); khen thưởng đã thu hồi: INVALID_STATE.' })
export class MarkCommendationPresentedInput {
  @Field(() => ID, { description: 'Mã khen thưởng (id).' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Hội nghị trao tặng (event).' })
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'Người trao (presented by), ví dụ "Phó Trưởng ban Ban Thi đua – Khen thưởng thành phố".' })
  @IsOptional()
  @MaxLen(300)
  presentedBy?: string | null;
}
