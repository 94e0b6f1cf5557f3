import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import type { ActorKind } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { ApiToken } from '../api-token/entities.js';
import { Bloc } from '../bloc/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Decision } from '../decision/entities.js';
import { Movement } from '../movement/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { User } from '../user/entities.js';

const cascade = { nullable: true, onDelete: 'CASCADE' } as const;

/**
 * A comment on a record. The record is one of six foreign keys (exactly one is set), each
 * ON DELETE CASCADE: deleting a record deletes its comments in the same transaction, and
 * `removeRecords` logs each of them as deleted, so no comment outlives its record. The author is
 * the user or API token that posted it (`authorName` keeps how it was named then); `mentions`
 * are the users its @handles named when it was last written.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Bình luận (comment) trên một bản ghi (đơn vị, cá nhân, khối, phong trào, giao ước, quyết định): văn bản thuần, có thể nhắc đến cán bộ bằng @tên_đăng_nhập. Ai xem được bản ghi thì xem được bình luận của nó.',
})
@Entity()
@Check('ck_comment__one_record', 'num_nonnulls("unit_id", "person_id", "bloc_id", "movement_id", "covenant_id", "decision_id") = 1')
@Check('ck_comment__body', 'char_length("body") BETWEEN 1 AND 4000')
@Index('ix_comment__unit', ['unitId', 'createdAt'])
@Index('ix_comment__person', ['personId', 'createdAt'])
@Index('ix_comment__bloc', ['blocId', 'createdAt'])
@Index('ix_comment__movement', ['movementId', 'createdAt'])
@Index('ix_comment__covenant', ['covenantId', 'createdAt'])
@Index('ix_comment__decision', ['decisionId', 'createdAt'])
export class Comment extends BaseRecord {
  @ManyToOne(() => Unit, cascade)
  @JoinColumn({ foreignKeyConstraintName: 'fk_comment__unit' })
  unit!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => Person, cascade)
  @JoinColumn({ foreignKeyConstraintName: 'fk_comment__person' })
  person!: Person | null;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => Bloc, cascade)
  @JoinColumn({ foreignKeyConstraintName: 'fk_comment__bloc' })
  bloc!: Bloc | null;

  @Column({ type: 'uuid', nullable: true })
  blocId!: string | null;

  @ManyToOne(() => Movement, cascade)
  @JoinColumn({ foreignKeyConstraintName: 'fk_comment__movement' })
  movement!: Movement | null;

  @Column({ type: 'uuid', nullable: true })
  movementId!: string | null;

  @ManyToOne(() => Covenant, cascade)
  @JoinColumn({ foreignKeyConstraintName: 'fk_comment__covenant' })
  covenant!: Covenant | null;

  @Column({ type: 'uuid', nullable: true })
  covenantId!: string | null;

  @ManyToOne(() => Decision, cascade)
  @JoinColumn({ foreignKeyConstraintName: 'fk_comment__decision' })
  decision!: Decision | null;

  @Column({ type: 'uuid', nullable: true })
  decisionId!: string | null;

  /** USER, TOKEN or SYSTEM (demo data). */
  @Column({ type: 'varchar', length: 10 })
  authorKind!: ActorKind;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_comment__author_user' })
  authorUser!: User | null;

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => ApiToken, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_comment__author_token' })
  authorToken!: ApiToken | null;

  @Column({ type: 'uuid', nullable: true })
  authorTokenId!: string | null;

  /** How the event log named the author when posting, e.g. "Nguyễn Văn An (can_bo_ban)". */
  @Column({ type: 'varchar', length: 300 })
  authorName!: string;

  @Field({ description: 'Nội dung (body): văn bản thuần, 1–4000 ký tự, đã bỏ khoảng trắng đầu cuối; @tên_đăng_nhập là nhắc đến một cán bộ.' })
  @Column({ type: 'text' })
  body!: string;

  /** The users the body mentions (logged as `mentionIds`); loaded only where a query asks for them. */
  @ManyToMany(() => User)
  @JoinTable({
    name: 'comment_mention',
    joinColumn: { name: 'comment_id', foreignKeyConstraintName: 'fk_comment_mention__comment' },
    inverseJoinColumn: { name: 'user_id', foreignKeyConstraintName: 'fk_comment_mention__user' },
  })
  mentions?: User[];
}
