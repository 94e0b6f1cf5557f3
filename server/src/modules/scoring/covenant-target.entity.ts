import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { CovenantCriterion } from '../covenant/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Unit } from '../unit/entities.js';
import { numeric } from '../../core/db/numeric.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Chỉ tiêu giao cho một đơn vị ở một tiêu chí định lượng (covenant target); trống hoặc 0 là không được giao chỉ tiêu.',
})
@Entity()
@Unique('uq_covenant_target__unit_id', ['criterionId', 'unitId'])
@Index(['covenantId'])
export class CovenantTarget extends BaseRecord {
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

  @Field(() => Float, { nullable: true, description: 'Chỉ tiêu (target T); trống là không có chỉ tiêu.' })
  @Column({ type: 'numeric', precision: 16, scale: 4, nullable: true, transformer: numeric })
  target!: number | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú khi giao chỉ tiêu (note).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
