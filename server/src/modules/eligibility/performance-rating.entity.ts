import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import type { PerformanceRatingLevel } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { PerformanceRatingLevelEnum } from './eligibility.enums.js';
import { SubjectRecord } from './subject-record.entity.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Xếp loại hằng năm (performance rating) của một đơn vị hoặc cá nhân, ví dụ "Hoàn thành xuất sắc nhiệm vụ" năm 2023.',
})
@Entity()
@Check('ck_performance_rating_one_subject', 'num_nonnulls("unit_id", "person_id") = 1')
@Index('uq_performance_rating__person_year', ['personId', 'year'], { unique: true, where: '"person_id" IS NOT NULL' })
@Index('uq_performance_rating__unit_year', ['unitId', 'year'], { unique: true, where: '"unit_id" IS NOT NULL' })
export class PerformanceRating extends SubjectRecord {
  @Field(() => Int, { description: 'Năm (year).' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => PerformanceRatingLevelEnum, { description: 'Mức xếp loại (rating).' })
  @Column({ type: 'varchar', length: 20 })
  rating!: PerformanceRatingLevel;

  @Field(() => String, { nullable: true, description: 'Ghi chú, căn cứ (note).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => ID, { description: 'Mã toàn cục của đối tượng (subject ID): một đơn vị hoặc một cá nhân.' })
  get subjectId(): string {
    return this.subjectGlobalId;
  }
}
