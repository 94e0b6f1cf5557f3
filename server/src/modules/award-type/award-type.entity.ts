import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, Unique } from 'typeorm';
import { fold, type AwardCategory, type AwardLevel, type SubjectKind } from '@thidua/shared';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';
import { AwardCategoryEnum, AwardLevelEnum, SubjectKindEnum } from '../../core/graphql/enums.js';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Danh mục danh hiệu thi đua và hình thức khen thưởng (award type): Cờ thi đua, Bằng khen, Giấy khen, Chiến sĩ thi đua, Lao động tiên tiến, Kỷ niệm chương…',
})
@Entity()
@Unique('uq_award_type__code', ['code'])
@Index('ix_award_type_search', { synchronize: false })
export class AwardType extends BaseRecord {
  @Field({ description: 'Mã, duy nhất (code), ví dụ "CO_THI_DUA_UBND_TINH".' })
  @Column({ length: 60 })
  code!: string;

  @Field({ description: 'Tên tiếng Việt (Vietnamese name), ví dụ "Cờ thi đua của UBND tỉnh".' })
  @Column({ length: 300, collation: VIETNAMESE })
  nameVi!: string;

  @Field({ description: 'Tên tiếng Anh (English name).' })
  @Column({ length: 300 })
  nameEn!: string;

  @Field(() => AwardCategoryEnum, { description: 'Danh hiệu thi đua hay hình thức khen thưởng (category).' })
  @Column({ type: 'varchar', length: 10 })
  category!: AwardCategory;

  @Field(() => [SubjectKindEnum], { description: 'Đối tượng được tặng (subject kinds).' })
  @Column({ type: 'varchar', length: 20, array: true })
  subjectKinds!: SubjectKind[];

  @Field(() => AwardLevelEnum, { description: 'Cấp khen thưởng (level).' })
  @Column({ type: 'varchar', length: 20 })
  level!: AwardLevel;

  @Field(() => String, { nullable: true, description: 'Căn cứ pháp lý (legal basis).' })
  @Column({ type: 'text', nullable: true })
  legalBasis!: string | null;

  @Field(() => Float, { nullable: true, description: 'Mức tiền thưởng, hệ số lương cơ sở (cash multiplier), theo Nghị định 152/2025/NĐ-CP.' })
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true, transformer: numeric })
  cashMultiplier!: number | null;

  @Field(() => Int, { description: 'Thứ tự hiển thị, cao hơn là cao quý hơn (rank).' })
  @Column({ type: 'int', default: 0 })
  rank!: number;

  @Field({ description: 'Còn áp dụng (active); danh hiệu theo quy định cũ vẫn giữ để tra cứu lịch sử.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Folded Vietnamese and English names for diacritics-free search. */
  @Column({ type: 'text', default: '' })
  searchText!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = fold([this.nameVi, this.nameEn].join(' '));
  }
}
