import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { BALLOT_LIMITS, type BallotPurpose, type BallotThresholdBase } from '@thidua/shared';
import { BallotPurposeEnum, BallotThresholdBaseEnum } from '../../core/graphql/enums.js';
import { VersionedUpdate } from '../../core/db/versions.js';
import { IntBetween, MaxLen, Required } from '../../core/validation.js';

@InputType({ description: 'Tạo phiên bỏ phiếu của khối theo giao ước (create ballot session); thiết lập trống lấy mặc định theo mục đích.' })
export class CreateBallotSessionInput {
  @Field(() => ID, { description: 'Giao ước (covenant): khối và năm của phiên.' }) covenantId!: string;
  @Field({ description: 'Tiêu đề (title).' }) @Required() @MaxLen(BALLOT_LIMITS.titleMax) title!: string;
  @Field(() => BallotPurposeEnum, { description: 'Mục đích (purpose).' }) purpose!: BallotPurpose;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Danh sách bầu: các đơn vị thành viên của khối trong năm giao ước, theo thứ tự trên phiếu (candidates). Bỏ trống: lấy từ bảng xếp hạng của giao ước — dẫn đầu: các đơn vị được xét dẫn đầu, điểm cao trước; Bằng khen: các đơn vị theo thứ tự xếp hạng (xem candidateCount).',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(BALLOT_LIMITS.candidatesMax)
  candidateIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Số ứng viên lấy từ bảng xếp hạng khi không gửi danh sách bầu; trống: 3 đơn vị cho dẫn đầu, nửa đầu bảng xếp hạng cho Bằng khen.',
  })
  @IsOptional()
  @IntBetween(1, BALLOT_LIMITS.candidatesMax)
  candidateCount?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Bỏ phiếu kín (secret).' }) @IsOptional() secret?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Cho phép tự bỏ phiếu cho mình (self-vote allowed).' }) @IsOptional() selfVoteAllowed?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Số ứng viên tối đa mỗi phiếu đồng ý; 0 = đồng ý / không đồng ý từng ứng viên, không giới hạn.' })
  @IsOptional()
  @IntBetween(0, BALLOT_LIMITS.candidatesMax)
  maxChoices?: number | null;

  @Field(() => Int, { nullable: true, description: 'Tỷ lệ đồng ý cần đạt, % (threshold).' }) @IsOptional() @IntBetween(1, 100) thresholdPercent?: number | null;
  @Field(() => BallotThresholdBaseEnum, { nullable: true, description: 'Tỷ lệ tính trên số đã bỏ phiếu hay trên tổng số (threshold base).' })
  @IsOptional()
  thresholdBase?: BallotThresholdBase | null;
  @Field(() => Int, { nullable: true, description: 'Số đơn vị bỏ phiếu tối thiểu, % tổng số (quorum).' }) @IsOptional() @IntBetween(0, 100) quorumPercent?:
    number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày họp (meeting date).' }) @IsOptional() meetingDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Địa điểm họp (venue).' }) @IsOptional() @MaxLen(BALLOT_LIMITS.meetingTextMax) venue?: string | null;
  @Field(() => String, { nullable: true, description: 'Chủ trì: họ tên, chức vụ (chair).' }) @IsOptional() @MaxLen(BALLOT_LIMITS.meetingTextMax) chair?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Thư ký: họ tên, chức vụ (secretary).' }) @IsOptional() @MaxLen(BALLOT_LIMITS.meetingTextMax) secretary?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Đại diện Ban Thi đua – Khen thưởng dự họp (Board guest).' })
  @IsOptional()
  @MaxLen(BALLOT_LIMITS.meetingTextMax)
  boardGuest?: string | null;
}

@InputType({ description: 'Bỏ phiếu cho một đơn vị (cast ballot): các ứng viên đơn vị đồng ý; ứng viên không chọn là không đồng ý.' })
export class CastBallotInput {
  @Field(() => ID, { description: 'Phiên bỏ phiếu (ballot session).' }) sessionId!: string;
  @Field(() => ID, { description: 'Đơn vị bỏ phiếu: đơn vị của cán bộ; Ban Thi đua – Khen thưởng ghi phiếu giấy cho bất kỳ đơn vị nào (voter unit).' })
  unitId!: string;

  @Field(() => [ID], { description: 'Các ứng viên đồng ý (agreed candidates); rỗng = không đồng ý ai.' })
  @ArrayMaxSize(BALLOT_LIMITS.candidatesMax)
  agreedCandidateIds!: string[];
}

@InputType({
  description:
    'Sửa phiên bỏ phiếu (update ballot session): danh sách bầu và thiết lập khi còn dự thảo, thông tin cuộc họp khi còn dự thảo hoặc đang bỏ phiếu; chỉ các trường được gửi mới thay đổi; trạng thái đổi qua transitionBallotSession.',
})
export class UpdateBallotSessionInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Phiên bỏ phiếu (ballot session).' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Tiêu đề (title).' }) @IsOptional() @Required() @MaxLen(BALLOT_LIMITS.titleMax) title?: string;

  @Field(() => [ID], { nullable: true, description: 'Danh sách bầu mới (candidates).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(BALLOT_LIMITS.candidatesMax)
  candidateIds?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Bỏ phiếu kín (secret).' }) @IsOptional() secret?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Cho phép tự bỏ phiếu cho mình (self-vote allowed).' }) @IsOptional() selfVoteAllowed?: boolean;
  @Field(() => Int, { nullable: true, description: 'Số ứng viên tối đa mỗi phiếu đồng ý; 0 = đồng ý / không đồng ý từng ứng viên.' })
  @IsOptional()
  @IntBetween(0, BALLOT_LIMITS.candidatesMax)
  maxChoices?: number;
  @Field(() => Int, { nullable: true, description: 'Tỷ lệ đồng ý cần đạt, % (threshold).' }) @IsOptional() @IntBetween(1, 100) thresholdPercent?: number;
  @Field(() => BallotThresholdBaseEnum, { nullable: true, description: 'Tỷ lệ tính trên số đã bỏ phiếu hay trên tổng số (threshold base).' })
  @IsOptional()
  thresholdBase?: BallotThresholdBase;
  @Field(() => Int, { nullable: true, description: 'Số đơn vị bỏ phiếu tối thiểu, % tổng số (quorum).' })
  @IsOptional()
  @IntBetween(0, 100)
  quorumPercent?: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày họp (meeting date).' }) @IsOptional() meetingDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Địa điểm họp (venue).' }) @IsOptional() @MaxLen(BALLOT_LIMITS.meetingTextMax) venue?: string | null;
  @Field(() => String, { nullable: true, description: 'Chủ trì: họ tên, chức vụ (chair).' }) @IsOptional() @MaxLen(BALLOT_LIMITS.meetingTextMax) chair?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Thư ký: họ tên, chức vụ (secretary).' }) @IsOptional() @MaxLen(BALLOT_LIMITS.meetingTextMax) secretary?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Đại diện Ban Thi đua – Khen thưởng dự họp (Board guest).' })
  @IsOptional()
  @MaxLen(BALLOT_LIMITS.meetingTextMax)
  boardGuest?: string | null;
}
