import { Field, ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { fold } from '@thidua/shared';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';

@ObjectType({ implements: [Node, BaseRecord], description: 'Hộ gia đình (household): đối tượng khen thưởng, ví dụ trong phong trào xây dựng nông thôn mới.' })
@Entity()
@Index('ix_household_search', { synchronize: false })
export class Household extends BaseRecord {
  @Field({ description: 'Tên hộ (name), ví dụ "Hộ ông Nguyễn Văn A".' })
  @Column({ length: 200, collation: VIETNAMESE })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Chủ hộ (head of household).' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  headName!: string | null;

  @Field(() => String, { nullable: true, description: 'Địa chỉ (address).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Địa bàn tỉnh, thành phố (area).' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  area!: string | null;

  @Column({ type: 'text', default: '' })
  searchText!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = fold([this.name, this.headName ?? '', this.address ?? ''].join(' '));
  }
}
