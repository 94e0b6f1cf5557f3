import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { CovenantCriterion } from '../covenant/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Unit } from '../unit/entities.js';
import { numeric } from '../../core/db/numeric.js';

/**
 * One unit's assessment of one criterion: the self-score inputs (the score itself is computed by
 * the ranking, since quantitative scores depend on the other units) and the reviewer's score.
 * A per-unit stage status (submitted, reviewed, locked) will be a workflow record of its own.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Chấm điểm một tiêu chí của một đơn vị (covenant assessment): số liệu tự chấm (thực hiện, đạt/không đạt, số lần, số lần thưởng/trừ, không được giao, minh chứng) và điểm thẩm định, với người và thời điểm chấm.',
})
@Entity()
@Unique('uq_covenant_assessment__unit_id', ['criterionId', 'unitId'])
@Index(['covenantId'])
export class CovenantAssessment extends BaseRecord {
  @ManyToOne(() => Covenant, { onDelete: 'CASCADE' })
  covenant!: Covenant;

  @Column({ type: 'uuid' })
  covenantId!: string;

  @ManyToOne(() => CovenantCriterion, { onDelete: 'CASCADE' })
  criterion!: CovenantCriterion;

  @Column({ type: 'uuid' })
  criterionId!: string;

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Field({ description: '"Không được giao" (not assigned): tiêu chí không tính vào tổng điểm và điểm tối đa của đơn vị.' })
  @Column({ type: 'boolean', default: false })
  notAssigned!: boolean;

  @Field(() => Float, { nullable: true, description: 'Kết quả thực hiện (actual value A) của tiêu chí định lượng.' })
  @Column({ type: 'numeric', precision: 16, scale: 4, nullable: true, transformer: numeric })
  actualValue!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Đạt / không đạt (met) của tiêu chí định tính.' })
  @Column({ type: 'boolean', nullable: true })
  met!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Số lần (occurrences) của tiêu chí cộng điểm theo lần.' })
  @Column({ type: 'int', nullable: true })
  occurrences!: number | null;

  @Field(() => Int, { nullable: true, description: 'Số lần được thưởng (bonus count) của tiêu chí điểm thưởng, điểm trừ.' })
  @Column({ type: 'int', nullable: true })
  bonusCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Số lần bị trừ (penalty count) của tiêu chí điểm thưởng, điểm trừ.' })
  @Column({ type: 'int', nullable: true })
  penaltyCount!: number | null;

  @Field(() => String, { nullable: true, description: 'Minh chứng, giải trình (evidence).' })
  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Field(() => String, { nullable: true, description: 'Người tự chấm gần nhất (self-scored by).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  selfScoredBy!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Thời điểm tự chấm gần nhất (self-scored at).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  selfScoredAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định (review score); trống là chưa thẩm định.' })
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numeric })
  reviewScore!: number | null;

  @Field(() => String, { nullable: true, description: 'Nhận xét thẩm định (review comment).' })
  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Field(() => String, { nullable: true, description: 'Người thẩm định gần nhất (reviewed by).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  reviewedBy!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Thời điểm thẩm định gần nhất (reviewed at).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt!: Date | null;
}
