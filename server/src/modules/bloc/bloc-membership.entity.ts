import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { Unit } from '../unit/entities.js';
import { Bloc } from './bloc.entity.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Tư cách thành viên khối (bloc membership): đơn vị thuộc khối từ năm – đến năm; không có năm kết thúc là vẫn còn.',
})
@Entity()
@Check('ck_bloc_membership_years', '"to_year" IS NULL OR "to_year" >= "from_year"')
@Index(['blocId', 'unitId'])
export class BlocMembership extends BaseRecord {
  @ManyToOne(() => Bloc, { onDelete: 'CASCADE' })
  bloc!: Bloc;

  @Column({ type: 'uuid' })
  blocId!: string;

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => Int, { description: 'Từ năm (from year).' })
  @Column({ type: 'int' })
  fromYear!: number;

  @Field(() => Int, { nullable: true, description: 'Đến năm, tính cả năm đó (to year); trống là vẫn còn.' })
  @Column({ type: 'int', nullable: true })
  toYear!: number | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
