import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import type { SubjectKind } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { SubjectKindEnum } from '../../core/graphql/enums.js';
import { AwardType } from '../award-type/entities.js';
import { Household } from '../household/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { Dossier } from './dossier.entity.js';

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
}
