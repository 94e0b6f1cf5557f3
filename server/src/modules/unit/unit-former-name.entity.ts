import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';
import { Unit } from './unit.entity.js';

/**
 * A name a unit was known by before (đổi tên): kept with the dates it was used, found by the unit
 * search (folded into the unit's `search_text`), shown on the unit's page. A unit that became
 * another record (a merger) is a lineage instead.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Tên gọi trước đây của đơn vị (former name), với thời gian sử dụng; tìm đơn vị theo tên cũ cũng ra.',
})
@Entity()
export class UnitFormerName extends BaseRecord {
  @Index()
  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Field({ description: 'Tên gọi trước đây (name).' })
  @Column({ length: 300, collation: VIETNAMESE })
  name!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Dùng từ ngày (used from); trống là không rõ.' })
  @Column({ type: 'date', nullable: true })
  usedFrom!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Dùng đến ngày (used until): ngày đổi tên; trống là không rõ.' })
  @Column({ type: 'date', nullable: true })
  usedUntil!: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú, căn cứ (note), ví dụ quyết định đổi tên hoặc nguồn.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
