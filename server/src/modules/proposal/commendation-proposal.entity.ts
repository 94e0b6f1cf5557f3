import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import type { ProposalStatus, ProposedAward } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { numeric } from '../../core/db/numeric.js';
import { ProposalStatusEnum, ProposedAwardEnum } from '../../core/graphql/enums.js';
import { BallotSession } from '../ballot/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Dossier, DossierLine } from '../dossier/entities.js';
import { Unit } from '../unit/entities.js';

/**
 * A unit the bloc proposes for an award, made when a ballot session closes (ballot-results.ts):
 * the leading unit for the Emulation Flag, each passing candidate of a merit ballot for a
 * Certificate of Merit. Nomination dossiers start from these.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Đề nghị khen thưởng của khối (commendation proposal) từ kết quả bỏ phiếu: đơn vị, hình thức, số phiếu; hồ sơ đề nghị bắt đầu từ đây.',
})
@Entity()
@Unique('uq_commendation_proposal__session_unit', ['sessionId', 'unitId'])
export class CommendationProposal extends BaseRecord {
  @Index()
  @ManyToOne(() => Covenant, { onDelete: 'RESTRICT' })
  covenant!: Covenant;

  @Column({ type: 'uuid' })
  covenantId!: string;

  /** The covenant's bloc: who sees the proposal (as its ballot session). */
  @Column({ type: 'uuid' })
  blocId!: string;

  @ManyToOne(() => BallotSession, { onDelete: 'RESTRICT' })
  session!: BallotSession;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => Int, { description: 'Năm thành tích (year): năm của giao ước.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => ProposedAwardEnum, { description: 'Hình thức được đề nghị (proposed award).' })
  @Column({ type: 'varchar', length: 30 })
  award!: ProposedAward;

  @Field(() => ProposalStatusEnum, { description: 'Trạng thái (status).' })
  @Column({ type: 'varchar', length: 20, default: 'PROPOSED' })
  status!: ProposalStatus;

  @Field(() => Int, { description: 'Số phiếu đồng ý (votes).' })
  @Column({ type: 'int' })
  votes!: number;

  @Field(() => Float, { description: 'Tỷ lệ đồng ý, % (percent).' })
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  percent!: number;

  /** The nomination dossier it was taken into (createDossierFromProposals); null while only proposed. */
  @Index()
  @ManyToOne(() => Dossier, { nullable: true, onDelete: 'RESTRICT' })
  dossier!: Dossier | null;
  @Column({ type: 'uuid', nullable: true })
  dossierId!: string | null;

  /** The dossier line made from it; cleared if that line goes (a draft deleted). */
  @Index()
  @ManyToOne(() => DossierLine, { nullable: true, onDelete: 'SET NULL' })
  dossierLine!: DossierLine | null;
  @Column({ type: 'uuid', nullable: true })
  dossierLineId!: string | null;
}
