import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { LIMITS, type AwardLevel, type CommendationKind } from '@thidua/shared';
import { AwardLevelEnum, CommendationKindEnum } from '../../core/graphql/enums.js';
import { MaxLen, Required, Year } from '../../core/validation.js';

const isNew = (decision: BatchDecisionInput) => decision.existingId == null;

@InputType({
  description:
    'Quyết định của đợt khen (decision): hoặc existingId (quyết định đã có), hoặc các trường của quyết định mới (issuer, issuerLevel, subject bắt buộc). Số quyết định mới trùng với số đã có của cùng cơ quan ban hành: DUPLICATE tại ["decision","number"].',
})
export class BatchDecisionInput {
  @Field(() => ID, { nullable: true, description: 'Quyết định đã có (existing decision); khi có thì không gửi các trường khác.' })
  existingId?: string | null;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu (number), ví dụ "1234/QĐ-UBND".' })
  @IsOptional()
  @MaxLen(LIMITS.decisionNumberMax)
  number?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày ký (issued on).' })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Cơ quan ban hành (issuer), ví dụ "UBND thành phố Hải Phòng".' })
  @ValidateIf(isNew)
  @Required()
  @MaxLen(200)
  issuer?: string | null;

  @Field(() => AwardLevelEnum, { nullable: true, description: 'Cấp của cơ quan ban hành (issuer level).' })
  @ValidateIf(isNew)
  @Required()
  issuerLevel?: AwardLevel | null;

  @Field(() => String, { nullable: true, description: 'Người ký (signer).' })
  @IsOptional()
  @MaxLen(120)
  signer?: string | null;

  @Field(() => String, { nullable: true, description: 'Chức vụ người ký (signer title).' })
  @IsOptional()
  @MaxLen(200)
  signerTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Trích yếu (subject), ví dụ "Về việc tặng Bằng khen cho các tập thể…".' })
  @ValidateIf(isNew)
  @Required()
  @MaxLen(LIMITS.textMax)
  subject?: string | null;
}

@InputType({
  description:
    'Một người, đơn vị được khen trong đợt (recipient): đúng một trong unitId, personId, householdId. Lỗi về đối tượng (thiếu, nhiều hơn một) trả về tại ["recipients", "<i>", "subject"]; lỗi của một trường tại ["recipients", "<i>", "<trường>"].',
})
export class BatchRecipientInput {
  @Field(() => ID, { nullable: true, description: 'Đơn vị được khen tập thể (unit).' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Cá nhân được khen (person).' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Hộ gia đình được khen (household).' })
  householdId?: string | null;

  @Field({ description: 'Thành tích (achievement).' })
  @Required()
  @MaxLen(LIMITS.textMax)
  achievement!: string;

  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' })
  @IsOptional()
  @MaxLen(LIMITS.textMax)
  note?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Vẫn ghi nhận dòng này khi đối tượng đã có cùng danh hiệu, năm và quyết định (đã lưu trước đó, hoặc ở dòng khác của danh sách): lần khen thứ hai. Mặc định false: DUPLICATE tại ["recipients","<i>","<unitId|personId|householdId>"], recordId là khen thưởng đã có.',
  })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean | null;
}

@InputType({ description: 'Ghi nhận một đợt khen thưởng theo một quyết định (record commendations): tất cả được lưu, hoặc không gì cả.' })
export class RecordCommendationsInput {
  @Field(() => BatchDecisionInput, { description: 'Quyết định khen thưởng: đã có hoặc mới (decision).' })
  @ValidateNested()
  decision!: BatchDecisionInput;

  @Field(() => ID, { description: 'Danh hiệu, hình thức khen thưởng chung của đợt (award type).' })
  awardTypeId!: string;

  @Field(() => Int, { description: 'Năm thành tích (year).' })
  @Year()
  year!: number;

  @Field(() => CommendationKindEnum, { nullable: true, description: 'Loại hình khen thưởng (kind); mặc định MERIT.' })
  kind?: CommendationKind | null;

  @Field(() => ID, { nullable: true, description: 'Khối, cụm thi đua (bloc).' })
  blocId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Phong trào thi đua (movement).' })
  movementId?: string | null;

  @Field(() => [BatchRecipientInput], { description: `Danh sách được khen (recipients), từ 1 đến ${LIMITS.batchMax}.` })
  @ArrayMinSize(1, { message: 'Cần ít nhất một đối tượng được khen.', context: { code: 'REQUIRED' } })
  @ArrayMaxSize(LIMITS.batchMax, { message: `Tối đa ${LIMITS.batchMax} đối tượng một lần.`, context: { code: 'OUT_OF_RANGE' } })
  @ValidateNested()
  recipients!: BatchRecipientInput[];
}
