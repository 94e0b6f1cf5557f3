import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { AwardCategory, AwardLevel, SubjectKind } from '@thidua/shared';
import { AwardCategoryEnum, AwardLevelEnum, SubjectKindEnum } from '../../core/graphql/enums.js';
import { Connection } from '../../core/graphql/connection.js';

/**
 * What the public lookup shows: only what a published decision states (WORKFLOW §6). These are
 * their own types, not the records': their fields are an allow-list (`public-lookup.test.ts`
 * checks it), so a field added to Person or Commendation never reaches an anonymous caller.
 */
@ObjectType({ description: 'Quyết định đã công bố (public decision): chỉ những gì quyết định nêu — số, ngày, cơ quan ban hành, người ký, trích yếu.' })
export class PublicDecision {
  @Field(() => ID, { description: 'Mã toàn cục của quyết định (id), dùng cho publicDecision và đường dẫn /tra-cuu/quyet-dinh/<id>.' })
  id!: string;

  /** Row id, for the nested lists; never a field. */
  rowId!: string;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu (number), ví dụ "889/QĐ-UBND"; trống khi không rõ.' })
  number!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày ký (issued on); trống khi không rõ.' })
  issuedOn!: string | null;

  @Field({ description: 'Cơ quan ban hành (issuer).' })
  issuer!: string;

  @Field(() => AwardLevelEnum, { description: 'Cấp của cơ quan ban hành (issuer level).' })
  issuerLevel!: AwardLevel;

  @Field(() => String, { nullable: true, description: 'Người ký (signer).' })
  signer!: string | null;

  @Field(() => String, { nullable: true, description: 'Chức vụ người ký (signer title).' })
  signerTitle!: string | null;

  @Field({ description: 'Trích yếu (subject).' })
  subject!: string;

  @Field(() => LocalDateResolver, { description: 'Ngày công bố công khai (published on).' })
  publishedOn!: string;
}

@ObjectType({ description: 'Thu hồi khen thưởng (public revocation): ngày thu hồi; lý do và quyết định thu hồi khi quyết định đó đã công bố.' })
export class PublicRevocation {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày thu hồi (revoked on).' })
  revokedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Lý do thu hồi (reason), khi quyết định thu hồi đã công bố.' })
  reason!: string | null;

  @Field(() => PublicDecision, { nullable: true, description: 'Quyết định thu hồi (revoking decision), khi đã công bố.' })
  decision!: PublicDecision | null;
}

@ObjectType({ description: 'Khen thưởng đã công bố (public award): ai được tặng gì, theo quyết định nào — như quyết định nêu, không có dữ liệu cá nhân khác.' })
export class PublicAward {
  @Field(() => ID, { description: 'Mã toàn cục của khen thưởng (id), dùng cho publicAward và mã QR của giấy khen: /tra-cuu/khen-thuong/<id>.' })
  id!: string;

  /** Row id of the commendation, for the recipient loader; never a field. */
  rowId!: string;

  @Field(() => SubjectKindEnum, { description: 'Loại đối tượng (recipient kind): tập thể, cá nhân, hộ gia đình.' })
  recipientKind!: SubjectKind;

  @Field(() => Int, { description: 'Năm thành tích (year).' })
  year!: number;

  @Field({ description: 'Tên danh hiệu, hình thức khen thưởng (award name).' })
  awardName!: string;

  @Field({ description: 'Tên tiếng Anh (award name in English).' })
  awardNameEn!: string;

  @Field(() => AwardLevelEnum, { description: 'Cấp khen thưởng (award level).' })
  awardLevel!: AwardLevel;

  @Field(() => AwardCategoryEnum, { description: 'Danh hiệu thi đua hay hình thức khen thưởng (award category).' })
  awardCategory!: AwardCategory;

  @Field({ description: 'Thành tích (achievement), như quyết định nêu.' })
  achievement!: string;

  @Field(() => PublicDecision, { description: 'Quyết định khen thưởng (decision).' })
  decision!: PublicDecision;

  @Field(() => PublicRevocation, { nullable: true, description: 'Thu hồi (revocation); trống khi khen thưởng còn hiệu lực.' })
  revocation!: PublicRevocation | null;
}

@ObjectType({ description: 'Danh sách cơ quan ban hành và năm có quyết định đã công bố, cho bộ lọc của trang tra cứu (public facets).' })
export class PublicFacets {
  @Field(() => [String], { description: 'Cơ quan ban hành (issuers), theo thứ tự chữ cái.' })
  issuers!: string[];

  @Field(() => [Int], { description: 'Các năm (years), mới nhất trước.' })
  years!: number[];
}

export const PublicDecisionConnection = Connection(PublicDecision);
export const PublicAwardConnection = Connection(PublicAward);
