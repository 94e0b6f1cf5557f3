import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { AwardType } from '../award-type/entities.js';
import { Event } from '../event/entities.js';
import { Unit } from '../unit/entities.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Số liệu khen thưởng tổng hợp (commendation tally): khi nguồn chỉ nêu số lượng, không nêu tên (ví dụ "60 tập thể và 180 cá nhân"), hệ thống giữ số lượng và ghi rõ nguồn không liệt kê.',
})
@Entity()
export class CommendationTally extends BaseRecord {
  @Field(() => Int, { description: 'Năm (year).' })
  @Column({ type: 'int' })
  year!: number;

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  reporterUnit!: Unit;

  @Column({ type: 'uuid' })
  reporterUnitId!: string;

  @Index()
  @ManyToOne(() => Event, { nullable: true, onDelete: 'SET NULL' })
  event!: Event | null;

  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @Field(() => Int, { description: 'Số tập thể được khen (collectives).' })
  @Column({ type: 'int', default: 0 })
  collectiveCount!: number;

  @Field(() => Int, { description: 'Số cá nhân được khen (individuals).' })
  @Column({ type: 'int', default: 0 })
  individualCount!: number;

  @Field({ description: 'Các cấp khen (issuers), ví dụ "Liên minh HTX Việt Nam; UBND thành phố; Liên minh HTX và DN thành phố".' })
  @Column({ type: 'text' })
  issuers!: string;

  @ManyToMany(() => AwardType)
  @JoinTable({ name: 'commendation_tally_award_type', joinColumn: { name: 'tally_id' }, inverseJoinColumn: { name: 'award_type_id' } })
  awardTypes!: AwardType[];

  @Field({ description: 'Nội dung (description).' })
  @Column({ type: 'text' })
  description!: string;

  @Field({ description: 'Ghi chú về nguồn (source note), ví dụ "Bài báo không liệt kê tên các tập thể, cá nhân".' })
  @Column({ type: 'text' })
  sourceNote!: string;
}
