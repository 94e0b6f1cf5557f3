import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import type { BallotPurpose, BallotStatus, BallotThresholdBase } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { BallotPurposeEnum, BallotStatusEnum, BallotThresholdBaseEnum } from '../../core/graphql/enums.js';
import { Covenant } from '../covenant/entities.js';
import { BallotMinutes } from './ballot-minutes.types.js';

/**
 * A vote of a bloc on its covenant's year: who leads, or which proposals it backs. Voters are the
 * bloc's member units in the covenant's year. How secret choices are kept unlinkable: ballot-cast.service.ts.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Phiên bỏ phiếu của khối thi đua (ballot session) theo giao ước: mục đích, danh sách bầu, cách tính, kết quả.',
})
@Entity()
export class BallotSession extends BaseRecord {
  @Index()
  @ManyToOne(() => Covenant, { onDelete: 'RESTRICT' })
  covenant!: Covenant;

  @Column({ type: 'uuid' })
  covenantId!: string;

  /** The covenant's bloc, copied at creation: who may manage the session and who sees it. */
  @Column({ type: 'uuid' })
  blocId!: string;

  @Field({ description: 'Tiêu đề (title), ví dụ "Bình chọn đơn vị dẫn đầu năm 2023".' })
  @Column({ length: 300 })
  title!: string;

  @Field(() => BallotPurposeEnum, { description: 'Mục đích (purpose).' })
  @Column({ type: 'varchar', length: 20 })
  purpose!: BallotPurpose;

  @Field(() => BallotStatusEnum, { description: 'Trạng thái (status); chỉ đổi qua transitionBallotSession.' })
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status!: BallotStatus;

  @Field({ description: 'Bỏ phiếu kín (secret): ghi nhận ai đã bỏ phiếu, không ai đọc được phiếu của ai.' })
  @Column({ type: 'boolean' })
  secret!: boolean;

  @Field({ description: 'Đơn vị được bỏ phiếu cho chính mình (self-vote allowed).' })
  @Column({ type: 'boolean' })
  selfVoteAllowed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Mỗi phiếu đồng ý tối đa N ứng viên (1: chọn một); trống: đồng ý / không đồng ý từng ứng viên.' })
  @Column({ type: 'int', nullable: true })
  maxChoices!: number | null;

  @Field(() => Int, { description: 'Tỷ lệ phiếu đồng ý cần đạt, % (threshold).' })
  @Column({ type: 'int' })
  thresholdPercent!: number;

  @Field(() => BallotThresholdBaseEnum, { description: 'Tỷ lệ tính trên số đã bỏ phiếu hay trên tổng số đơn vị (threshold base).' })
  @Column({ type: 'varchar', length: 10 })
  thresholdBase!: BallotThresholdBase;

  @Field(() => Int, { description: 'Số đơn vị bỏ phiếu tối thiểu để phiên hợp lệ, % tổng số (quorum).' })
  @Column({ type: 'int' })
  quorumPercent!: number;

  /** Candidate units, in ballot order. */
  @Column({ type: 'uuid', array: true })
  candidateUnitIds!: string[];

  /** Voters (member units in the covenant's year) when it closed: the base of quorum and of "all voters". */
  @Column({ type: 'int', nullable: true })
  closedVoterCount!: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày họp (meeting date), ghi vào biên bản.' })
  @Column({ type: 'date', nullable: true })
  meetingDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Địa điểm họp (venue).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: 'Chủ trì (chair): họ tên, chức vụ.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  chair!: string | null;

  @Field(() => String, { nullable: true, description: 'Thư ký (secretary): họ tên, chức vụ.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  secretary!: string | null;

  @Field(() => String, { nullable: true, description: 'Đại diện Ban Thi đua – Khen thưởng dự họp (Board guest), nếu có.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  boardGuest!: string | null;

  /** Written once, at CLOSE (ballot-minutes.ts): a snapshot, so later renames or membership edits leave it as it was. */
  @Field(() => BallotMinutes, { nullable: true, description: 'Biên bản bình xét và bỏ phiếu (minutes), lập khi phiên kết thúc; null trước đó.' })
  @Column({ type: 'jsonb', nullable: true })
  minutes!: BallotMinutes | null;
}
