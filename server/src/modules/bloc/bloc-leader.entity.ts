import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { Unit } from '../unit/entities.js';
import { Bloc } from './bloc.entity.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Đơn vị dẫn đầu khối trong một năm (leading unit), do khối bình xét, thường được đề nghị tặng Cờ thi đua.',
})
@Entity()
@Unique('uq_bloc_leader__year', ['blocId', 'year'])
export class BlocLeader extends BaseRecord {
  @ManyToOne(() => Bloc, { onDelete: 'CASCADE' })
  bloc!: Bloc;

  @Column({ type: 'uuid' })
  blocId!: string;

  @Field(() => Int, { description: 'Năm (year).' })
  @Column({ type: 'int' })
  year!: number;

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, { nullable: true, description: 'Ghi chú: kết quả bình xét, số phiếu (note).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
