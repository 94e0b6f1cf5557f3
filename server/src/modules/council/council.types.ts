import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import type { CouncilMemberRole, CouncilResult, CouncilThresholdBase } from '@thidua/shared';
import { CouncilMemberRoleEnum, CouncilResultEnum, CouncilThresholdBaseEnum } from './council.enums.js';

/*
 * A session's members, agenda and minutes are JSON on the session (council_session.members,
 * .agenda, .minutes): they change only with the session, under its version.
 */

@ObjectType({ description: 'Một thành viên Hội đồng trong phiên họp (council member): họ tên, chức vụ, vai trò, có mặt hay không.' })
export class CouncilMember {
  @Field({ description: 'Họ tên (name).' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Chức vụ, cơ quan (position).' }) position!: string | null;
  @Field(() => CouncilMemberRoleEnum, { description: 'Vai trò trong Hội đồng (role).' }) role!: CouncilMemberRole;
  @Field({ description: 'Có mặt tại phiên họp (present); vắng mặt không tính vào số phiếu.' }) present!: boolean;
}

/** One line on the agenda as stored: the line and the counts recorded for it (null until recorded). */
export interface StoredAgendaItem {
  lineId: string;
  agree: number | null;
  disagree: number | null;
}

@ObjectType({ description: 'Một đối tượng Hội đồng biểu quyết (agenda item): số phiếu đã ghi và kết quả theo cách tính của phiên.' })
export class CouncilAgendaItem {
  lineId!: string;
  @Field(() => Int, { nullable: true, description: 'Số phiếu đồng ý (agree); trống khi chưa ghi.' }) agree!: number | null;
  @Field(() => Int, { nullable: true, description: 'Số phiếu không đồng ý (disagree); trống khi chưa ghi.' }) disagree!: number | null;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ đồng ý, % trên cơ sở tính của phiên (percent).' }) percent!: number | null;
  @Field(() => CouncilResultEnum, { nullable: true, description: 'Đạt hay không theo số phiếu đã ghi (result); cố định khi phiên kết thúc.' })
  result!: CouncilResult | null;
}

@ObjectType({ description: 'Một đối tượng trong biên bản họp Hội đồng (minutes line).' })
export class CouncilMinutesLine {
  @Field(() => ID, { description: 'Mã dòng đề nghị (dossier line id).' }) lineId!: string;
  @Field({ description: 'Mã hồ sơ (dossier code).' }) dossierCode!: string;
  @Field({ description: 'Tên đối tượng khi lập biên bản (subject name).' }) subjectName!: string;
  @Field({ description: 'Hình thức đề nghị (award).' }) awardName!: string;
  @Field(() => Int, { description: 'Số phiếu đồng ý (agree).' }) agree!: number;
  @Field(() => Int, { description: 'Số phiếu không đồng ý (disagree).' }) disagree!: number;
  @Field(() => Float, { description: 'Tỷ lệ đồng ý, % (percent).' }) percent!: number;
  @Field(() => CouncilResultEnum, { description: 'Kết quả (result).' }) result!: CouncilResult;
}

@ObjectType({ description: 'Biên bản họp Hội đồng Thi đua – Khen thưởng (council minutes), lập khi phiên kết thúc và không đổi về sau.' })
export class CouncilMinutes {
  @Field(() => DateTimeISOResolver, { description: 'Thời điểm lập (closed at).' }) closedAt!: string;
  @Field({ description: 'Tiêu đề phiên (title).' }) title!: string;
  @Field(() => Int, { description: 'Năm xét khen thưởng (year).' }) year!: number;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày họp (meeting date).' }) meetingDate!: string | null;
  @Field(() => String, { nullable: true, description: 'Địa điểm (venue).' }) venue!: string | null;
  @Field({ description: 'Bỏ phiếu kín (secret).' }) secret!: boolean;
  @Field(() => [CouncilMember], { description: 'Thành viên và có mặt hay không (members).' }) members!: CouncilMember[];
  @Field(() => Int, { description: 'Tổng số thành viên (member count).' }) memberCount!: number;
  @Field(() => Int, { description: 'Số thành viên có mặt (present).' }) present!: number;
  @Field(() => Int, { description: 'Tỷ lệ có mặt tối thiểu, % (quorum).' }) quorumPercent!: number;
  @Field(() => Int, { description: 'Tỷ lệ đồng ý cần đạt, % (threshold).' }) thresholdPercent!: number;
  @Field(() => CouncilThresholdBaseEnum, { description: 'Cơ sở tính tỷ lệ (threshold base).' }) thresholdBase!: CouncilThresholdBase;
  @Field(() => [CouncilMinutesLine], { description: 'Các đối tượng và kết quả (lines).' }) lines!: CouncilMinutesLine[];
  @Field({ description: 'Kết luận (conclusion).' }) conclusion!: string;
}
