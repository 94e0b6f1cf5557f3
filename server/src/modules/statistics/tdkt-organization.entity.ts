import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import type { TdktOrganizationKind } from '@thidua/shared';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';
import { TdktOrganizationKindEnum } from '../../core/graphql/enums.js';
import { Unit } from '../unit/entities.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Tổ chức làm công tác thi đua, khen thưởng (TĐKT organisation), cho biểu 0604: Vụ, Ban Thi đua – Khen thưởng, phòng thuộc Vụ, Ban hoặc Sở Nội vụ.',
})
@Entity()
export class TdktOrganization extends BaseRecord {
  @Field({ description: 'Tên tổ chức (name), ví dụ "Ban Thi đua – Khen thưởng thành phố Hải Phòng".' })
  @Column({ length: 300, collation: VIETNAMESE })
  name!: string;

  @Field(() => TdktOrganizationKindEnum, { description: 'Loại tổ chức theo biểu 0604 (kind).' })
  @Column({ type: 'varchar', length: 30 })
  kind!: TdktOrganizationKind;

  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  unit!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú, nguồn (note); nói rõ khi số liệu là minh họa.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
