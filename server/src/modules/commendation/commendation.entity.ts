import { Field, Int, ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { fold, type CommendationKind, type CommendationStatus, type RecipientCategory, type SubjectKind } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { CommendationKindEnum, CommendationStatusEnum, RecipientCategoryEnum, SubjectKindEnum } from '../../core/graphql/enums.js';
import { AwardType } from '../award-type/entities.js';
import { Bloc } from '../bloc/entities.js';
import { Decision } from '../decision/entities.js';
import { Event } from '../event/entities.js';
import { Household } from '../household/entities.js';
import { Movement } from '../movement/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Khen thưởng (commendation): một danh hiệu hoặc hình thức khen thưởng tặng cho đúng một đối tượng (đơn vị, cá nhân hoặc hộ gia đình), theo một quyết định, với thành tích.',
})
@Entity()
@Check('ck_commendation_one_subject', 'num_nonnulls("unit_id", "person_id", "household_id") = 1')
@Index('ix_commendation_search', { synchronize: false })
@Index(['year', 'awardTypeId'])
// A unit's commendations, of a year or all by year (record pages, bloc members' awards of a year).
@Index('ix_commendation__unit_year', ['unitId', 'year'])
export class Commendation extends BaseRecord {
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  unit!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @Index()
  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  person!: Person | null;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Index()
  @ManyToOne(() => Household, { nullable: true, onDelete: 'RESTRICT' })
  household!: Household | null;

  @Column({ type: 'uuid', nullable: true })
  householdId!: string | null;

  @Field(() => SubjectKindEnum, { description: 'Loại đối tượng (subject kind): tập thể, cá nhân, hộ gia đình.' })
  @Column({ type: 'varchar', length: 20 })
  subjectKind!: SubjectKind;

  @Index()
  @ManyToOne(() => AwardType, { onDelete: 'RESTRICT' })
  awardType!: AwardType;

  @Column({ type: 'uuid' })
  awardTypeId!: string;

  @Field(() => Int, { description: 'Năm thành tích (year).' })
  @Column({ type: 'int' })
  year!: number;

  @Field({ description: 'Thành tích (achievement), ví dụ "đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác, dẫn đầu Khối thi đua … năm 2022".' })
  @Column({ type: 'text' })
  achievement!: string;

  @Field(() => CommendationKindEnum, { description: 'Loại hình khen thưởng (kind).' })
  @Column({ type: 'varchar', length: 20, default: 'MERIT' })
  kind!: CommendationKind;

  @Field(() => RecipientCategoryEnum, {
    nullable: true,
    description:
      'Đối tượng cá nhân theo biểu thống kê 0602, 0603 (recipient category), tại thời điểm khen: lãnh đạo cấp tỉnh, cấp sở, doanh nhân, lãnh đạo khác, người lao động trực tiếp, khác; chỉ cho khen thưởng cá nhân; null: chưa phân loại.',
  })
  @Column({ type: 'varchar', length: 30, nullable: true })
  recipientCategory!: RecipientCategory | null;

  @Index()
  @ManyToOne(() => Movement, { nullable: true, onDelete: 'RESTRICT' })
  movement!: Movement | null;

  @Column({ type: 'uuid', nullable: true })
  movementId!: string | null;

  @Index()
  @ManyToOne(() => Bloc, { nullable: true, onDelete: 'RESTRICT' })
  bloc!: Bloc | null;

  @Column({ type: 'uuid', nullable: true })
  blocId!: string | null;

  @Index()
  @ManyToOne(() => Decision, { nullable: true, onDelete: 'RESTRICT' })
  decision!: Decision | null;

  @Column({ type: 'uuid', nullable: true })
  decisionId!: string | null;

  @Field(() => CommendationStatusEnum, { description: 'Trạng thái (status).' })
  @Column({ type: 'varchar', length: 20, default: 'AWARDED' })
  status!: CommendationStatus;

  @Index()
  @ManyToOne(() => Event, { nullable: true, onDelete: 'SET NULL' })
  presentedAt!: Event | null;

  @Column({ type: 'uuid', nullable: true })
  presentedAtId!: string | null;

  @Field(() => String, { nullable: true, description: 'Người trao (presented by).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  presentedBy!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày thu hồi (revoked on).' })
  @Column({ type: 'date', nullable: true })
  revokedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Lý do thu hồi (revocation reason).' })
  @Column({ type: 'text', nullable: true })
  revocationReason!: string | null;

  /** The decision that revoked it; a decision that revoked something cannot be deleted. */
  @Index('ix_commendation__revocation_decision')
  @ManyToOne(() => Decision, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_commendation__revocation_decision' })
  revocationDecision!: Decision | null;

  @Column({ type: 'uuid', nullable: true })
  revocationDecisionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú, nguồn (note).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Folded achievement and subject name, set by the service (it knows the subject's name). */
  @Column({ type: 'text', default: '' })
  searchText!: string;

  subjectName?: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    if (this.subjectName !== undefined) this.searchText = fold([this.subjectName, this.achievement].join(' '));
  }
}
