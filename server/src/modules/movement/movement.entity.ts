import { Field, Int, ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, ManyToOne } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { fold, type MovementKind, type MovementScope, type MovementStatus } from '@thidua/shared';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';
import { MovementKindEnum, MovementScopeEnum, MovementStatusEnum } from '../../core/graphql/enums.js';
import { Decision } from '../decision/entities.js';
import { Unit } from '../unit/entities.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Phong trào thi đua (movement): do một cấp phát động (Thủ tướng, Chủ tịch UBND tỉnh, một hội…), có chủ đề, giai đoạn, có thể là hưởng ứng một phong trào cấp trên.',
})
@Entity()
@Index('ix_movement_search', { synchronize: false })
export class Movement extends BaseRecord {
  @Field({ description: 'Tên phong trào (name), ví dụ "Cả nước chung sức xây dựng nông thôn mới".' })
  @Column({ length: 300, collation: VIETNAMESE })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Khẩu hiệu, chủ đề (slogan).' })
  @Column({ type: 'text', nullable: true })
  slogan!: string | null;

  @Field(() => MovementKindEnum, { description: 'Thường xuyên, chuyên đề hay theo đợt (kind).' })
  @Column({ type: 'varchar', length: 20 })
  kind!: MovementKind;

  @Field(() => MovementScopeEnum, { description: 'Phạm vi (scope).' })
  @Column({ type: 'varchar', length: 20 })
  scope!: MovementScope;

  @Field(() => MovementStatusEnum, { description: 'Trạng thái (status).' })
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status!: MovementStatus;

  @Field(() => String, { nullable: true, description: 'Cấp, người phát động (launched by), ví dụ "Thủ tướng Chính phủ".' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  launchedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Văn bản phát động (launch document), ví dụ số kế hoạch hoặc chỉ thị.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  launchDocument!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày phát động (launched on).' })
  @Column({ type: 'date', nullable: true })
  launchedOn!: string | null;

  @Index()
  @ManyToOne(() => Decision, { nullable: true, onDelete: 'RESTRICT' })
  launchDecision!: Decision | null;

  @Column({ type: 'uuid', nullable: true })
  launchDecisionId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Năm bắt đầu giai đoạn (start year).' })
  @Column({ type: 'int', nullable: true })
  startYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Năm kết thúc giai đoạn (end year).' })
  @Column({ type: 'int', nullable: true })
  endYear!: number | null;

  @Index()
  @ManyToOne(() => Movement, { nullable: true, onDelete: 'RESTRICT' })
  parent!: Movement | null;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  organizerUnit!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  organizerUnitId!: string | null;

  @Field(() => [String], { description: 'Các mục tiêu, nhiệm vụ được đánh số (goals), theo thứ tự.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  goals!: string[];

  @Field(() => String, { nullable: true, description: 'Mô tả (description).' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', default: '' })
  searchText!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = fold([this.name, this.slogan ?? ''].join(' '));
  }
}
