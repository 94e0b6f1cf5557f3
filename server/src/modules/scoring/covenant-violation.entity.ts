import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { Covenant } from '../covenant/entities.js';
import { Unit } from '../unit/entities.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Vi phạm của một đơn vị trong năm giao ước (covenant violation); vi phạm nghiêm trọng thì đơn vị không được xét dẫn đầu.',
})
@Entity()
@Index(['covenantId', 'unitId'])
export class CovenantViolation extends BaseRecord {
  @ManyToOne(() => Covenant, { onDelete: 'CASCADE' })
  covenant!: Covenant;

  @Column({ type: 'uuid' })
  covenantId!: string;

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Field({ description: 'Nội dung vi phạm (reason), nêu trong giải thích xếp hạng.' })
  @Column({ type: 'text' })
  reason!: string;

  @Field({ description: 'Vi phạm nghiêm trọng (serious): không được xét dẫn đầu.' })
  @Column({ type: 'boolean', default: true })
  serious!: boolean;
}
