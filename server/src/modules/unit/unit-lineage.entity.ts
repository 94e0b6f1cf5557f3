import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import type { LineageKind } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { LineageKindEnum } from '../../core/graphql/enums.js';
import { Decision } from '../decision/entities.js';
import { Unit } from './unit.entity.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Biến động đơn vị (unit lineage): đơn vị trước sáp nhập, chia tách hoặc đổi tên thành đơn vị sau, từ một ngày. Giữ lịch sử khen thưởng qua các lần sắp xếp.',
})
@Entity()
export class UnitLineage extends BaseRecord {
  @Index()
  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  predecessor!: Unit;

  @Column({ type: 'uuid' })
  predecessorId!: string;

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  successor!: Unit;

  @Column({ type: 'uuid' })
  successorId!: string;

  @Field(() => LineageKindEnum, { description: 'Sáp nhập, chia tách hay đổi tên (kind).' })
  @Column({ type: 'varchar', length: 20 })
  kind!: LineageKind;

  @Field(() => LocalDateResolver, { description: 'Ngày có hiệu lực (effective on).' })
  @Column({ type: 'date' })
  effectiveOn!: string;

  @Index()
  @ManyToOne(() => Decision, { nullable: true, onDelete: 'RESTRICT' })
  decision!: Decision | null;

  @Column({ type: 'uuid', nullable: true })
  decisionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
