import { Field, ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Check, Column, Entity, Index, Unique } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { fold, type AwardLevel } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { AwardLevelEnum } from '../../core/graphql/enums.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Quyết định (decision): số hiệu như "889/QĐ-UBND", ngày ký, cơ quan ban hành, người ký, trích yếu. Căn cứ thành lập khối và khen thưởng.',
})
@Entity()
@Unique('uq_decision__number', ['issuer', 'number'])
@Index('ix_decision_search', { synchronize: false })
@Check('ck_decision_published', '("published_on" IS NULL) = ("published_by" IS NULL)')
export class Decision extends BaseRecord {
  @Field(() => String, {
    nullable: true,
    description: 'Số, ký hiệu (number), ví dụ "889/QĐ-UBND"; trống khi nguồn không nêu. Duy nhất theo cơ quan ban hành.',
  })
  @Column({ type: 'varchar', length: 60, nullable: true })
  number!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày ký (issued on); trống khi nguồn không nêu.' })
  @Column({ type: 'date', nullable: true })
  issuedOn!: string | null;

  @Field({ description: 'Cơ quan ban hành (issuer), ví dụ "UBND thành phố Hải Phòng".' })
  @Column({ length: 200 })
  issuer!: string;

  @Field(() => AwardLevelEnum, { description: 'Cấp của cơ quan ban hành (issuer level).' })
  @Column({ type: 'varchar', length: 20 })
  issuerLevel!: AwardLevel;

  @Field(() => String, { nullable: true, description: 'Người ký (signer).' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  signer!: string | null;

  @Field(() => String, { nullable: true, description: 'Chức vụ người ký (signer title).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  signerTitle!: string | null;

  @Field({ description: 'Trích yếu (subject), ví dụ "Về việc tổ chức Cụm, Khối thi đua…".' })
  @Column({ type: 'text' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'Ghi chú, nguồn (note).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'Ngày công bố công khai (published on): từ ngày này quyết định và danh sách khen thưởng của nó hiện trên trang tra cứu công khai; trống là chưa công bố. Ban Thi đua – Khen thưởng công bố bằng publishDecision, thôi công bố bằng unpublishDecision.',
  })
  @Column({ type: 'date', nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Người công bố (published by), như nhật ký ghi tên; trống khi chưa công bố.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  publishedBy!: string | null;

  @Column({ type: 'text', default: '' })
  searchText!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = fold([this.number ?? '', this.issuer, this.subject].join(' '));
  }
}
