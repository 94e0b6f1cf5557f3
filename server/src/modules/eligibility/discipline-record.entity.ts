import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import type { DisciplineForm } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { DisciplineFormEnum } from './eligibility.enums.js';
import { SubjectRecord } from './subject-record.entity.js';

@ObjectType({ implements: [Node, BaseRecord], description: 'Kỷ luật (discipline record) của một đơn vị hoặc cá nhân trong một năm: hình thức, lý do.' })
@Entity()
@Check('ck_discipline_record_one_subject', 'num_nonnulls("unit_id", "person_id") = 1')
@Index('ix_discipline_record__year', ['year'])
export class DisciplineRecord extends SubjectRecord {
  @Field(() => Int, { description: 'Năm bị kỷ luật (year).' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => DisciplineFormEnum, { description: 'Hình thức kỷ luật (form).' })
  @Column({ type: 'varchar', length: 20 })
  form!: DisciplineForm;

  @Field({ description: 'Lý do (reason).' })
  @Column({ type: 'text' })
  reason!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày quyết định kỷ luật (decided on).' })
  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @Field(() => ID, { description: 'Mã toàn cục của đối tượng (subject ID): một đơn vị hoặc một cá nhân.' })
  get subjectId(): string {
    return this.subjectGlobalId;
  }
}
