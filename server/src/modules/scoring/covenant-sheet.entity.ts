import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { CovenantSheetStatus } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { CovenantSheetStatusEnum } from '../../core/graphql/enums.js';
import { Covenant } from '../covenant/entities.js';
import { Unit } from '../unit/entities.js';

/**
 * One member unit's assessment sheet of a covenant: the stage of its scores (covenant-sheet.workflow.ts),
 * who reviews it (the bloc, or another member unit) and who moved it on when. The scores
 * themselves stay per criterion (CovenantAssessment); the sheet locks and unlocks them.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Bảng điểm của một đơn vị thành viên trong giao ước (covenant sheet): bước tự chấm → nộp → thẩm định (trưởng khối hoặc chấm chéo) → chốt điểm, người và thời điểm mỗi bước.',
})
@Entity()
@Unique('uq_covenant_sheet__unit_id', ['covenantId', 'unitId'])
export class CovenantSheet extends BaseRecord {
  @ManyToOne(() => Covenant, { onDelete: 'CASCADE' })
  covenant!: Covenant;

  @Column({ type: 'uuid' })
  covenantId!: string;

  /** The covenant's bloc (fixed at its creation), for who may move the sheet. */
  @Column({ type: 'uuid' })
  blocId!: string;

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => CovenantSheetStatusEnum, { description: 'Bước hiện tại (status): đang tự chấm, đã nộp, đã thẩm định, đã chốt.' })
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status!: CovenantSheetStatus;

  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  reviewerUnit!: Unit | null;

  /** Null: the bloc (its head's officer) reviews; else the member unit that cross-reviews. */
  @Column({ type: 'uuid', nullable: true })
  reviewerUnitId!: string | null;

  @Field(() => String, { nullable: true, description: 'Người nộp bảng tự chấm (submitted by).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  submittedBy!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Thời điểm nộp (submitted at).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Người hoàn thành thẩm định (reviewed by).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  reviewedBy!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Thời điểm hoàn thành thẩm định (reviewed at).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Người chốt điểm (finalized by).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  finalizedBy!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Thời điểm chốt điểm (finalized at).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finalizedAt!: Date | null;
}
