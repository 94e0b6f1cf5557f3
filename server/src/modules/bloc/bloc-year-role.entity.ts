import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { BlocRoleEnum } from '../../core/graphql/enums.js';
import { Unit } from '../unit/entities.js';
import { Bloc } from './bloc.entity.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Trưởng khối hoặc phó khối của một năm (yearly bloc role). Trưởng khối luân phiên hằng năm; tách biệt với đơn vị dẫn đầu.',
})
@Entity()
@Unique('uq_bloc_year_role__role', ['blocId', 'year', 'role'])
export class BlocYearRole extends BaseRecord {
  @ManyToOne(() => Bloc, { onDelete: 'CASCADE' })
  bloc!: Bloc;

  @Column({ type: 'uuid' })
  blocId!: string;

  @Field(() => Int, { description: 'Năm (year).' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => BlocRoleEnum, { description: 'HEAD (trưởng khối) hoặc DEPUTY (phó khối).' })
  @Column({ type: 'varchar', length: 10 })
  role!: 'HEAD' | 'DEPUTY';

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;
}
