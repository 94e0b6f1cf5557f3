import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import type { InitiativeLevel } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { Commendation } from '../commendation/entities.js';
import { InitiativeLevelEnum } from './eligibility.enums.js';
import { SubjectRecord } from './subject-record.entity.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Sáng kiến, đề tài (initiative) được công nhận: mỗi sáng kiến chỉ làm căn cứ cho một khen thưởng (CV 5007/BNV-TĐKT).',
})
@Entity()
@Check('ck_initiative_one_subject', 'num_nonnulls("unit_id", "person_id") = 1')
export class Initiative extends SubjectRecord {
  @Field({ description: 'Tên sáng kiến (title).' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => InitiativeLevelEnum, { description: 'Cấp công nhận, phạm vi ảnh hưởng (level).' })
  @Column({ type: 'varchar', length: 20 })
  level!: InitiativeLevel;

  @Field(() => Int, { description: 'Năm được công nhận (recognized year).' })
  @Column({ type: 'int' })
  recognizedYear!: number;

  @Field(() => String, { nullable: true, description: 'Đơn vị, hội đồng công nhận (recognized by).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  recognizedBy!: string | null;

  @Index()
  @ManyToOne(() => Commendation, { nullable: true, onDelete: 'SET NULL' })
  usedFor!: Commendation | null;

  @Column({ type: 'uuid', nullable: true })
  usedForId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Khen thưởng đã dùng sáng kiến này làm căn cứ (used for); trống là chưa dùng.' })
  get usedForCommendationId(): string | null {
    return this.usedForId ? toGlobalId(Commendation.name, this.usedForId) : null;
  }

  @Field(() => ID, { description: 'Mã toàn cục của đối tượng (subject ID): một đơn vị hoặc một cá nhân.' })
  get subjectId(): string {
    return this.subjectGlobalId;
  }
}
