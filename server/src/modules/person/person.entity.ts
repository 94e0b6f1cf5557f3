import { Field, Int, ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { fold, type Gender } from '@thidua/shared';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';
import { GenderEnum } from '../../core/graphql/enums.js';

@ObjectType({ implements: [Node, BaseRecord], description: 'Cá nhân (person): cán bộ, hội viên, người lao động; đối tượng khen thưởng cá nhân.' })
@Entity()
@Index('ix_person_search', { synchronize: false })
export class Person extends BaseRecord {
  @Field({ description: 'Họ và tên (full name).' })
  @Column({ length: 120, collation: VIETNAMESE })
  fullName!: string;

  @Field(() => GenderEnum, { nullable: true, description: 'Giới tính (gender).' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  gender!: Gender | null;

  @Field(() => Int, { nullable: true, description: 'Năm sinh (birth year).' })
  @Column({ type: 'int', nullable: true })
  birthYear!: number | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', default: '' })
  searchText!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = fold(this.fullName);
  }
}
