import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, Index } from 'typeorm';
import type { CouncilStatus, CouncilThresholdBase } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { CouncilStatusEnum, CouncilThresholdBaseEnum } from './council.enums.js';
import { CouncilMember, CouncilMinutes, type StoredAgendaItem } from './council.types.js';

/**
 * A session of the Emulation and Commendation Council (Hội đồng Thi đua – Khen thưởng): its members
 * and attendance, the dossier lines it votes on (eligible lines of dossiers awaiting decision), the
 * counts recorded for each, and at close the result on each line and the minutes.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Phiên họp Hội đồng Thi đua – Khen thưởng (council session): thành viên, đối tượng biểu quyết, số phiếu, kết quả, biên bản.',
})
@Entity()
export class CouncilSession extends BaseRecord {
  @Field({ description: 'Tiêu đề (title), ví dụ "Phiên họp Hội đồng xét khen thưởng tổng kết năm 2022".' })
  @Column({ length: 300 })
  title!: string;

  @Index()
  @Field(() => Int, { description: 'Năm xét khen thưởng (year).' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => CouncilStatusEnum, { description: 'Trạng thái (status); chỉ đổi qua transitionCouncilSession.' })
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status!: CouncilStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày họp (meeting date).' })
  @Column({ type: 'date', nullable: true })
  meetingDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Địa điểm họp (venue).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  @Field({ description: 'Bỏ phiếu kín (secret): Hội đồng bỏ phiếu trên giấy, phiên chỉ ghi số phiếu của từng đối tượng.' })
  @Column({ type: 'boolean' })
  secret!: boolean;

  @Field(() => Int, { description: 'Số thành viên có mặt tối thiểu, % tổng số thành viên (quorum).' })
  @Column({ type: 'int' })
  quorumPercent!: number;

  @Field(() => Int, { description: 'Tỷ lệ phiếu đồng ý cần đạt, % (threshold).' })
  @Column({ type: 'int' })
  thresholdPercent!: number;

  @Field(() => CouncilThresholdBaseEnum, { description: 'Tỷ lệ tính trên số thành viên có mặt hay trên tổng số thành viên (threshold base).' })
  @Column({ type: 'varchar', length: 10 })
  thresholdBase!: CouncilThresholdBase;

  @Field(() => [CouncilMember], { description: 'Thành viên Hội đồng, theo thứ tự ghi trong biên bản (members).' })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  members!: CouncilMember[];

  /** The lines voted on, in order, with their counts (council.types.ts). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  agenda!: StoredAgendaItem[];

  /** Written once, at CLOSE (council-minutes.ts). */
  @Field(() => CouncilMinutes, { nullable: true, description: 'Biên bản họp (minutes), lập khi phiên kết thúc; null trước đó.' })
  @Column({ type: 'jsonb', nullable: true })
  minutes!: CouncilMinutes | null;
}
