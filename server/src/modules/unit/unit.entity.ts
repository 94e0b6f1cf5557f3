import { Field, ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, ManyToOne } from 'typeorm';
import { fold, type UnitKind } from '@thidua/shared';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';
import { UnitKindEnum } from '../../core/graphql/enums.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Đơn vị (unit): cơ quan, đơn vị sự nghiệp, hội, hợp tác xã, doanh nghiệp, xã phường… Thành viên của khối thi đua và đối tượng khen thưởng tập thể.',
})
@Entity()
@Index('ix_unit_search', { synchronize: false })
// The default order and its keyset cursor: a page reads 21 index entries instead of sorting every unit.
@Index('ix_unit__name_id', ['name', 'id'])
export class Unit extends BaseRecord {
  @Field({ description: 'Tên đầy đủ (name), ví dụ "Hội Nữ Doanh nhân Hải Phòng".' })
  @Column({ length: 300, collation: VIETNAMESE })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Tên viết tắt (short name).' })
  @Column({ type: 'varchar', length: 80, nullable: true })
  shortName!: string | null;

  @Field(() => UnitKindEnum, { description: 'Loại hình đơn vị (kind).' })
  @Column({ type: 'varchar', length: 40 })
  kind!: UnitKind;

  @Field(() => String, { nullable: true, description: 'Địa bàn: tỉnh, thành phố (area), ví dụ "Hải Phòng".' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  area!: string | null;

  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  parent!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The unit's former names, space-separated (kept by the former-name service): searched with the name. */
  @Column({ type: 'text', default: '' })
  formerNamesText!: string;

  /** Folded name, short name and former names for diacritics-free search. */
  @Column({ type: 'text', default: '' })
  searchText!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = unitSearchText(this);
  }
}

/** What the unit search matches: the name first (duplicate checks match its prefix), then the short name and former names. */
export function unitSearchText(unit: Pick<Unit, 'name' | 'shortName' | 'formerNamesText'>): string {
  const former = unit.formerNamesText ? ` ${unit.formerNamesText}` : '';
  return fold([unit.name, unit.shortName ?? ''].join(' ') + former);
}
