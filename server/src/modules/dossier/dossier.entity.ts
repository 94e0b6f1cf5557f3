import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import type { DossierKind, DossierLevel, DossierStatus } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { Bloc } from '../bloc/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Decision } from '../decision/entities.js';
import { Movement } from '../movement/entities.js';
import { Unit } from '../unit/entities.js';
import { User } from '../user/entities.js';
import { DossierKindEnum, DossierLevelEnum, DossierStatusEnum } from './dossier.enums.js';

/**
 * A nomination dossier (hồ sơ đề nghị khen thưởng): who proposes, for which year and award kind,
 * its proposal letter, and where it is on its way up (WORKFLOW.md §2). Status, level, holder and
 * due date move only with the workflow (dossier.workflow.ts) or an aggregation.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Hồ sơ đề nghị khen thưởng (nomination dossier): tờ trình, danh sách đề nghị, đường đi qua các cấp.',
})
@Entity()
@Unique('uq_dossier__code', ['code'])
@Index('ix_dossier__level_status', ['currentLevel', 'status'])
export class Dossier extends BaseRecord {
  @Field({ description: 'Mã hồ sơ (code), cấp tự động, ví dụ HS-2024-000123.' })
  @Column({ length: 30 })
  code!: string;

  @Field(() => DossierKindEnum, { description: 'Loại hồ sơ (kind).' })
  @Column({ type: 'varchar', length: 20 })
  kind!: DossierKind;

  @Field(() => Int, { description: 'Năm thành tích đề nghị (year).' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => DossierLevelEnum, { description: 'Cấp lập hồ sơ (origin level): đơn vị, hoặc khối/cơ quan cấp trên/Ban khi hồ sơ tổng hợp.' })
  @Column({ type: 'varchar', length: 20 })
  originLevel!: DossierLevel;

  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  proposingUnit!: Unit | null;
  @Column({ type: 'uuid', nullable: true })
  proposingUnitId!: string | null;

  @Index()
  @ManyToOne(() => Bloc, { nullable: true, onDelete: 'RESTRICT' })
  bloc!: Bloc | null;
  @Column({ type: 'uuid', nullable: true })
  blocId!: string | null;

  @Index()
  @ManyToOne(() => Movement, { nullable: true, onDelete: 'RESTRICT' })
  movement!: Movement | null;
  @Column({ type: 'uuid', nullable: true })
  movementId!: string | null;

  @Index()
  @ManyToOne(() => Covenant, { nullable: true, onDelete: 'RESTRICT' })
  covenant!: Covenant | null;
  @Column({ type: 'uuid', nullable: true })
  covenantId!: string | null;

  @Field({ description: 'Trích yếu (title).' })
  @Column({ length: 500 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Nội dung (content).' })
  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @Field(() => String, { nullable: true, description: 'Số tờ trình đề nghị (proposal letter number); cần trước khi gửi.' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  proposalNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Ngày tờ trình (proposal date).' })
  @Column({ type: 'date', nullable: true })
  proposalDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Người ký tờ trình (signer).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  proposalSigner!: string | null;

  @Field(() => DossierStatusEnum, { description: 'Trạng thái (status); đổi qua transitionDossier hoặc aggregateDossiers.' })
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status!: DossierStatus;

  @Field(() => DossierLevelEnum, { description: 'Cấp đang giữ hồ sơ (current level).' })
  @Column({ type: 'varchar', length: 20 })
  currentLevel!: DossierLevel;

  @Field(() => DossierLevelEnum, { description: 'Cấp nhận hồ sơ khi gửi (receiver level): khối, cơ quan cấp trên hoặc Ban.' })
  @Column({ type: 'varchar', length: 20 })
  receiverLevel!: DossierLevel;

  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  receiverUnit!: Unit | null;
  @Column({ type: 'uuid', nullable: true })
  receiverUnitId!: string | null;

  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  holderUnit!: Unit | null;
  @Column({ type: 'uuid', nullable: true })
  holderUnitId!: string | null;

  @Index()
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  specialist!: User | null;
  @Column({ type: 'uuid', nullable: true })
  specialistId!: string | null;

  @Field(() => String, { nullable: true, description: 'Hạn xử lý ở cấp hiện tại (due on), tính theo số ngày làm việc cài đặt cho từng cấp.' })
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Index()
  @ManyToOne(() => Dossier, { nullable: true, onDelete: 'RESTRICT' })
  mergedInto!: Dossier | null;
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  /** Set by approveDossier with the decision it issued; AWARDED needs it, cancelDossierApproval clears it. */
  @Index()
  @ManyToOne(() => Decision, { nullable: true, onDelete: 'RESTRICT' })
  decision!: Decision | null;
  @Column({ type: 'uuid', nullable: true })
  decisionId!: string | null;
}
