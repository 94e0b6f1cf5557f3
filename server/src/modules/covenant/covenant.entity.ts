import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne, Unique } from 'typeorm';
import type { CovenantStatus } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { CovenantStatusEnum } from '../../core/graphql/enums.js';
import { Bloc } from '../bloc/entities.js';
import { Event } from '../event/entities.js';
import { Movement } from '../movement/entities.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Giao ước thi đua (covenant) của một khối trong một năm: các nhiệm vụ, tiêu chí có điểm tối đa; hội nghị ký kết; chữ ký của từng đơn vị thành viên.',
})
@Entity()
@Unique('uq_covenant__year', ['blocId', 'year'])
export class Covenant extends BaseRecord {
  @ManyToOne(() => Bloc, { onDelete: 'RESTRICT' })
  bloc!: Bloc;

  @Column({ type: 'uuid' })
  blocId!: string;

  @Field(() => Int, { description: 'Năm giao ước (year).' })
  @Column({ type: 'int' })
  year!: number;

  @Field({ description: 'Tiêu đề (title), ví dụ "Giao ước thi đua năm 2023".' })
  @Column({ length: 300 })
  title!: string;

  @Field(() => CovenantStatusEnum, { description: 'Trạng thái (status).' })
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status!: CovenantStatus;

  @Field(() => String, { nullable: true, description: 'Nội dung chung (content).' })
  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @Index()
  @ManyToOne(() => Event, { nullable: true, onDelete: 'SET NULL' })
  signingEvent!: Event | null;

  @Column({ type: 'uuid', nullable: true })
  signingEventId!: string | null;

  /** Movements the covenant responds to as a whole (criteria may also point at movements). */
  @ManyToMany(() => Movement)
  @JoinTable({ name: 'covenant_movement', joinColumn: { name: 'covenant_id' }, inverseJoinColumn: { name: 'movement_id' } })
  movements!: Movement[];
}
