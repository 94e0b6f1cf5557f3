import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, ManyToOne, Unique } from 'typeorm';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { Unit } from '../unit/entities.js';
import { BallotSession } from './ballot-session.entity.js';

/**
 * That a unit voted in a session — never what it chose (see ballot-cast.service.ts). One per unit
 * and session: the unique constraint makes a second, concurrent submit fail.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Một đơn vị đã bỏ phiếu (ballot participation): ai, khi nào, phiếu giấy hay trực tuyến; không chứa lựa chọn.',
})
@Entity()
@Unique('uq_ballot_participation__unit_id', ['sessionId', 'unitId'])
export class BallotParticipation extends BaseRecord {
  @ManyToOne(() => BallotSession, { onDelete: 'CASCADE' })
  session!: BallotSession;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  /** The account that submitted it (the unit's officer, or the Board for a paper ballot); null for a token. */
  @Column({ type: 'uuid', nullable: true })
  voterUserId!: string | null;

  @Field({ description: 'Phiếu giấy do Ban Thi đua – Khen thưởng ghi nhận thay đơn vị (paper ballot).' })
  @Column({ type: 'boolean', default: false })
  paper!: boolean;
}
