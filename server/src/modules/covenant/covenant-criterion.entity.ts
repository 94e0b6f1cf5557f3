import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import type { CriterionKind } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { CriterionKindEnum } from '../../core/graphql/enums.js';
import { Movement } from '../movement/entities.js';
import { Covenant } from './covenant.entity.js';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Nhiệm vụ, tiêu chí của giao ước (covenant criterion): có thứ tự, điểm tối đa, loại chấm điểm, có thể có tiêu chí con và gắn với phong trào.',
})
@Entity()
@Index(['covenantId', 'rank'])
export class CovenantCriterion extends BaseRecord {
  @ManyToOne(() => Covenant, { onDelete: 'CASCADE' })
  covenant!: Covenant;

  @Column({ type: 'uuid' })
  covenantId!: string;

  @Index()
  @ManyToOne(() => CovenantCriterion, { nullable: true, onDelete: 'CASCADE' })
  parent!: CovenantCriterion | null;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Fractional ordering key: a new criterion between two others gets a key between theirs. */
  @Field({ description: 'Khóa thứ tự (rank): sắp xếp theo chuỗi; chèn giữa hai tiêu chí không phải đánh số lại.' })
  @Column({ type: 'varchar', length: 100, collation: 'C' })
  rank!: string;

  @Field({ description: 'Tên nhiệm vụ, tiêu chí (title).' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Mô tả, cách chấm (description).' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => Float, { nullable: true, description: 'Điểm tối đa (max score).' })
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numeric })
  maxScore!: number | null;

  @Field(() => CriterionKindEnum, { description: 'Loại tiêu chí (kind).' })
  @Column({ type: 'varchar', length: 20, default: 'QUALITATIVE' })
  kind!: CriterionKind;

  @Field(() => Float, {
    nullable: true,
    description:
      'Điểm mỗi lần (points per occurrence) của tiêu chí PER_OCCURRENCE, hoặc điểm mỗi lần được thưởng của tiêu chí BONUS_PENALTY; tổng không vượt điểm tối đa.',
  })
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numeric })
  pointsPerOccurrence!: number | null;

  @Field(() => Float, { nullable: true, description: 'Điểm trừ mỗi lần vi phạm (penalty points) của tiêu chí BONUS_PENALTY.' })
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numeric })
  penaltyPoints!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Điểm thấp nhất (min score) của tiêu chí BONUS_PENALTY, có thể âm; trống là không chặn dưới. Chặn trên là điểm tối đa.',
  })
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numeric })
  minScore!: number | null;

  @ManyToMany(() => Movement)
  @JoinTable({ name: 'covenant_criterion_movement', joinColumn: { name: 'criterion_id' }, inverseJoinColumn: { name: 'movement_id' } })
  movements!: Movement[];
}
