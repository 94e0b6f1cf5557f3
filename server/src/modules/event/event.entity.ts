import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import type { EventKind } from '@thidua/shared';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';
import { EventKindEnum } from '../../core/graphql/enums.js';
import { Unit } from '../unit/entities.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Hội nghị, sự kiện (event): ký kết giao ước, phát động phong trào, sơ kết – tổng kết, lễ trao tặng; ngày, địa điểm, đơn vị chủ trì, thành phần dự.',
})
@Entity()
export class Event extends BaseRecord {
  @Field(() => EventKindEnum, { description: 'Loại hội nghị (kind).' })
  @Column({ type: 'varchar', length: 30 })
  kind!: EventKind;

  @Field({ description: 'Tên hội nghị (title).' })
  @Column({ length: 300, collation: VIETNAMESE })
  title!: string;

  @Field(() => LocalDateResolver, { description: 'Ngày tổ chức (held on).' })
  @Column({ type: 'date' })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'Địa điểm (venue).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  hostUnit!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  hostUnitId!: string | null;

  @Field(() => String, { nullable: true, description: 'Thành phần dự, khách mời (attendees), ví dụ lãnh đạo Ban Thi đua – Khen thưởng.' })
  @Column({ type: 'text', nullable: true })
  attendees!: string | null;

  @Field(() => String, { nullable: true, description: 'Nội dung, diễn biến (description).' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
