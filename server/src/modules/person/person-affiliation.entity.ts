import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { Unit } from '../unit/entities.js';
import { Person } from './person.entity.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Quá trình công tác (affiliation): cá nhân thuộc đơn vị nào, chức vụ gì, từ ngày – đến ngày. Không có ngày kết thúc là hiện tại.',
})
@Entity()
// One current affiliation per person and unit; the service checks overlapping periods first.
@Index('uq_person_affiliation__unit_id', ['personId', 'unitId'], { unique: true, where: '"ended_on" IS NULL' })
export class PersonAffiliation extends BaseRecord {
  @Index()
  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  person!: Person;

  @Column({ type: 'uuid' })
  personId!: string;

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, { nullable: true, description: 'Chức vụ (position).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  position!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Từ ngày (started on).' })
  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Đến ngày (ended on); trống là hiện tại.' })
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;
}
