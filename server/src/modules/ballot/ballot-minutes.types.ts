import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import type { BallotPurpose, BallotThresholdBase, RankingGroup } from '@thidua/shared';
import { BallotPurposeEnum, BallotThresholdBaseEnum, RankingGroupEnum } from '../../core/graphql/enums.js';

/*
 * The minutes are a JSON snapshot on the session (ballot_session.minutes): names are copied at
 * close, row ids are kept for links but not exposed. A secret ballot's minutes hold only counts.
 */

@ObjectType({ description: 'Thông tin cuộc họp ghi trong biên bản (meeting).' })
export class BallotMinutesMeeting {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày họp (date).' }) date!: string | null;
  @Field(() => String, { nullable: true, description: 'Địa điểm (venue).' }) venue!: string | null;
  @Field(() => String, { nullable: true, description: 'Chủ trì (chair).' }) chair!: string | null;
  @Field(() => String, { nullable: true, description: 'Thư ký (secretary).' }) secretary!: string | null;
  @Field(() => String, { nullable: true, description: 'Đại diện Ban Thi đua – Khen thưởng (Board guest).' }) boardGuest!: string | null;
}

@ObjectType({ description: 'Một đơn vị được bỏ phiếu và đã bỏ phiếu hay chưa (attendee); không có lựa chọn.' })
export class BallotMinutesAttendee {
  unitId!: string;
  @Field({ description: 'Tên đơn vị khi lập biên bản (unit name).' }) unitName!: string;
  @Field({ description: 'Đã bỏ phiếu (voted).' }) voted!: boolean;
  @Field({ description: 'Phiếu giấy (paper).' }) paper!: boolean;
}

@ObjectType({ description: 'Kết quả một ứng viên trong biên bản (candidate): số phiếu, tỷ lệ, đạt hay không.' })
export class BallotMinutesCandidate {
  unitId!: string;
  @Field({ description: 'Tên đơn vị khi lập biên bản (unit name).' }) unitName!: string;
  @Field(() => Int, { description: 'Số phiếu đồng ý (votes).' }) votes!: number;
  @Field(() => Float, { description: 'Tỷ lệ đồng ý, % (percent).' }) percent!: number;
  @Field({ description: 'Đạt (passed).' }) passed!: boolean;
}

@ObjectType({ description: 'Một dòng bảng điểm của giao ước khi lập biên bản (score row).' })
export class BallotMinutesScoreRow {
  unitId!: string;
  @Field(() => Int, { description: 'Hạng trong nhóm (rank).' }) rank!: number;
  @Field(() => RankingGroupEnum, { description: 'Nhóm xếp hạng (group).' }) group!: RankingGroup;
  @Field({ description: 'Tên đơn vị (unit name).' }) unitName!: string;
  @Field(() => Float, { description: 'Tổng điểm (total).' }) total!: number;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ trên điểm tối đa được giao, % (percent).' }) percent!: number | null;
}

@ObjectType({ description: 'Biên bản bình xét và bỏ phiếu (ballot minutes), lập khi phiên kết thúc và không đổi về sau.' })
export class BallotMinutes {
  @Field(() => DateTimeISOResolver, { description: 'Thời điểm lập (closed at).' }) closedAt!: string;
  @Field({ description: 'Tên khối (bloc).' }) blocName!: string;
  @Field(() => Int, { description: 'Năm giao ước (year).' }) year!: number;
  @Field({ description: 'Giao ước (covenant title).' }) covenantTitle!: string;
  @Field({ description: 'Tiêu đề phiên (session title).' }) title!: string;
  @Field(() => BallotPurposeEnum, { description: 'Mục đích (purpose).' }) purpose!: BallotPurpose;
  @Field({ description: 'Bỏ phiếu kín (secret).' }) secret!: boolean;
  @Field(() => BallotMinutesMeeting, { description: 'Cuộc họp (meeting).' }) meeting!: BallotMinutesMeeting;
  @Field(() => Int, { description: 'Số đơn vị được bỏ phiếu = số phiếu phát ra (voters).' }) voters!: number;
  @Field(() => Int, { description: 'Số đơn vị đã bỏ phiếu = số phiếu thu về (voted).' }) voted!: number;
  @Field(() => Float, { description: 'Tỷ lệ đã bỏ phiếu, % (turnout percent).' }) turnoutPercent!: number;
  @Field(() => [BallotMinutesAttendee], { description: 'Các đơn vị được bỏ phiếu, đã bỏ phiếu hay chưa (attendance).' }) attendance!: BallotMinutesAttendee[];
  @Field(() => Int, { description: 'Ngưỡng đạt, % (threshold).' }) thresholdPercent!: number;
  @Field(() => BallotThresholdBaseEnum, { description: 'Cơ sở tính ngưỡng (threshold base).' }) thresholdBase!: BallotThresholdBase;
  @Field(() => Int, { description: 'Số đơn vị bỏ phiếu tối thiểu, % (quorum).' }) quorumPercent!: number;
  @Field({ description: 'Đủ số đơn vị bỏ phiếu (quorum met).' }) quorumMet!: boolean;
  @Field(() => [BallotMinutesCandidate], { description: 'Kết quả từng ứng viên theo thứ tự trên phiếu (candidates).' }) candidates!: BallotMinutesCandidate[];
  /** Row id of the leading unit elected (LEADING_UNIT), if any. */
  leaderUnitId!: string | null;
  @Field(() => String, { nullable: true, description: 'Đơn vị dẫn đầu được bình chọn (leader name); null nếu không có.' }) leaderName!: string | null;
  @Field({ description: 'Kết luận (result), tiếng Việt: ai đạt, đơn vị dẫn đầu, hoặc vì sao không có.' }) result!: string;
  @Field(() => [BallotMinutesScoreRow], { description: 'Bảng điểm của giao ước khi lập biên bản (score table).' }) scoreTable!: BallotMinutesScoreRow[];
}
