import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import type { Gender, TrainingLevel } from '@thidua/shared';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';
import { GenderEnum, TrainingLevelEnum } from '../../core/graphql/enums.js';
import { TdktOrganization } from './tdkt-organization.entity.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Công chức làm công tác thi đua, khen thưởng (TĐKT civil servant), cho biểu 0605: giới tính, năm sinh, trình độ đào tạo, năm bắt đầu làm công tác TĐKT; trường chưa biết để trống.',
})
@Entity()
export class TdktOfficer extends BaseRecord {
  @Field({ description: 'Họ và tên (full name).' })
  @Column({ length: 200, collation: VIETNAMESE })
  fullName!: string;

  @Index()
  @ManyToOne(() => TdktOrganization, { onDelete: 'RESTRICT' })
  organization!: TdktOrganization;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Field(() => GenderEnum, { nullable: true, description: 'Giới tính (gender); null: chưa biết.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  gender!: Gender | null;

  @Field(() => Int, { nullable: true, description: 'Năm sinh (birth year); null: chưa biết.' })
  @Column({ type: 'int', nullable: true })
  birthYear!: number | null;

  @Field(() => TrainingLevelEnum, { nullable: true, description: 'Trình độ đào tạo cao nhất (training level); null: chưa biết.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  trainingLevel!: TrainingLevel | null;

  @Field(() => Int, { nullable: true, description: 'Năm bắt đầu làm công tác thi đua, khen thưởng (TĐKT start year); null: chưa biết.' })
  @Column({ type: 'int', nullable: true })
  tdktStartYear!: number | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú, nguồn (note); nói rõ khi số liệu là minh họa.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
