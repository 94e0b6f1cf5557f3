import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import type { AppraisalResult, CouncilResult, SubjectKind } from '@thidua/shared';
import { JSONResolver } from 'graphql-scalars';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { CouncilResultEnum, SubjectKindEnum } from '../../core/graphql/enums.js';
import { AwardType } from '../award-type/entities.js';
import { Commendation } from '../commendation/entities.js';
import { CouncilSession } from '../council/entities.js';
import { Household } from '../household/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { Dossier } from './dossier.entity.js';
import { AppraisalResultEnum } from './dossier.enums.js';

/** One recipient of a dossier's list: a collective, a person or a household, and the award proposed for it. */
@ObjectType({ implements: [Node, BaseRecord], description: 'Một dòng trong danh sách đề nghị của hồ sơ (dossier line): đối tượng và hình thức đề nghị.' })
@Entity()
@Check('ck_dossier_line_one_subject', 'num_nonnulls("unit_id", "person_id", "household_id") = 1')
@Index('ix_dossier_line__dossier_position', ['dossierId', 'position'])
export class DossierLine extends BaseRecord {
  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  dossier!: Dossier;
  @Column({ type: 'uuid' })
  dossierId!: string;

  @Field(() => SubjectKindEnum, { description: 'Loại đối tượng (subject kind).' })
  @Column({ type: 'varchar', length: 20 })
  subjectKind!: SubjectKind;

  @Index()
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

  @Index()
  @ManyToOne(() => AwardType, { onDelete: 'RESTRICT' })
  awardType!: AwardType;
  @Column({ type: 'uuid' })
  awardTypeId!: string;

  @Field(() => String, { nullable: true, description: 'Tóm tắt thành tích (achievement summary).' })
  @Column({ type: 'text', nullable: true })
  achievement!: string | null;

  @Field(() => Int, { description: 'Số thứ tự trong danh sách (position).' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'Đưa vào danh sách đề nghị (included); dòng không đưa vào không được gửi, không được tổng hợp.' })
  @Column({ type: 'boolean', default: true })
  included!: boolean;

  @Field(() => AppraisalResultEnum, { nullable: true, description: 'Kết quả thẩm định của Ban (appraisal result); trống khi chưa thẩm định.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  appraisalResult!: AppraisalResult | null;

  @Field(() => String, { nullable: true, description: 'Ý kiến thẩm định (appraisal note).' })
  @Column({ type: 'text', nullable: true })
  appraisalNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Lý do khi kết quả thẩm định khác kết quả xét tự động (override reason).' })
  @Column({ type: 'text', nullable: true })
  appraisalOverrideReason!: string | null;

  @Field(() => JSONResolver, {
    nullable: true,
    description: 'Báo cáo xét điều kiện tự động lúc thẩm định (eligibility report snapshot): kết quả chung và từng quy tắc, dữ kiện đã dùng.',
  })
  @Column({ type: 'jsonb', nullable: true })
  appraisalReport!: Record<string, unknown> | null;

  /** The commendation approveDossier recorded for this line; cleared when the approval is cancelled. */
  @Index()
  @ManyToOne(() => Commendation, { nullable: true, onDelete: 'RESTRICT' })
  commendation!: Commendation | null;
  @Column({ type: 'uuid', nullable: true })
  commendationId!: string | null;

  /** The council session that voted on this line last (council module), and its result; cleared when none has. */
  @Field(() => CouncilResultEnum, { nullable: true, description: 'Kết quả biểu quyết của Hội đồng (council result); trống khi Hội đồng chưa biểu quyết.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  councilResult!: CouncilResult | null;

  @Index()
  @ManyToOne(() => CouncilSession, { nullable: true, onDelete: 'SET NULL' })
  councilSession!: CouncilSession | null;
  @Column({ type: 'uuid', nullable: true })
  councilSessionId!: string | null;
}
