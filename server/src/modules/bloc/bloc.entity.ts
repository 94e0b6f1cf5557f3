import { Field, ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import { fold, type BlocKind, type BlocLevel } from '@thidua/shared';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';
import { BlocKindEnum, BlocLevelEnum } from '../../core/graphql/enums.js';
import { Decision } from '../decision/entities.js';
import { Unit } from '../unit/entities.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Khối thi đua hoặc cụm thi đua (bloc / cluster): nhóm đơn vị có chức năng tương đồng (khối) hoặc cùng địa bàn (cụm), lập theo một quyết định; mỗi năm có trưởng khối, phó khối và đơn vị dẫn đầu.',
})
@Entity()
@Unique('uq_bloc__code', ['code'])
@Index('ix_bloc_search', { synchronize: false })
export class Bloc extends BaseRecord {
  @Field({ description: 'Tên khối, cụm (name), ví dụ "Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố".' })
  @Column({ length: 300, collation: VIETNAMESE })
  name!: string;

  @Field({ description: 'Mã khối, duy nhất (code).' })
  @Column({ length: 60 })
  code!: string;

  @Field(() => BlocKindEnum, { description: 'Khối hay cụm (kind).' })
  @Column({ type: 'varchar', length: 20 })
  kind!: BlocKind;

  @Field(() => BlocLevelEnum, { description: 'Cấp tổ chức (level).' })
  @Column({ type: 'varchar', length: 20 })
  level!: BlocLevel;

  @Field(() => String, { nullable: true, description: 'Địa bàn (area).' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  area!: string | null;

  @Index()
  @ManyToOne(() => Bloc, { nullable: true, onDelete: 'RESTRICT' })
  parent!: Bloc | null;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Index()
  @ManyToOne(() => Decision, { nullable: true, onDelete: 'RESTRICT' })
  foundingDecision!: Decision | null;

  @Column({ type: 'uuid', nullable: true })
  foundingDecisionId!: string | null;

  /** The organisation that runs a bloc inside itself (BlocLevel.ORGANIZATION). */
  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  ownerUnit!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  ownerUnitId!: string | null;

  @Field(() => String, { nullable: true, description: 'Mô tả, lĩnh vực (description).' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', default: '' })
  searchText!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = fold([this.name, this.code].join(' '));
  }
}
