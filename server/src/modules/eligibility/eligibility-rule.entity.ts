import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, Unique } from 'typeorm';
import { JSONResolver, LocalDateResolver } from 'graphql-scalars';
import type { RuleMark, SubjectKind } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { SubjectKindEnum } from '../../core/graphql/enums.js';
import { RuleMarkEnum } from './eligibility.enums.js';
import type { Condition } from './condition/condition.types.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Quy tắc xét điều kiện khen thưởng (eligibility rule), một phiên bản: mã, danh hiệu áp dụng, đối tượng, điều kiện (ngôn ngữ điều kiện trên các dữ kiện có tên), văn bản và điều khoản, hiệu lực từ – đến, phạm vi. Quy tắc đổi theo văn bản mới giữ phiên bản cũ (có ngày hết hiệu lực).',
})
@Entity()
@Unique('uq_eligibility_rule__code_revision', ['code', 'revision'])
@Index('ix_eligibility_rule__code_from', ['code', 'effectiveFrom'])
export class EligibilityRule extends BaseRecord {
  @Field({ description: 'Mã quy tắc (code), ví dụ "CSTD_T"; các phiên bản cùng mã.' })
  @Column({ length: 40 })
  code!: string;

  @Field(() => Int, { description: 'Lần ban hành của quy tắc này (revision), 1, 2…; khác `version` (khóa lạc quan).' })
  @Column({ type: 'int' })
  revision!: number;

  @Field({ description: 'Nội dung tóm tắt, tiếng Việt (title).' })
  @Column({ type: 'text' })
  titleVi!: string;

  @Field(() => [String], { description: 'Mã danh hiệu, hình thức trong danh mục (award type codes) mà quy tắc áp dụng; rỗng là mọi hình thức.' })
  @Column({ type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  awardTypeCodes!: string[];

  @Field(() => [SubjectKindEnum], { description: 'Loại đối tượng áp dụng (subject kinds); rỗng là mọi đối tượng.' })
  @Column({ type: 'varchar', length: 20, array: true, default: () => "'{}'" })
  subjectKinds!: SubjectKind[];

  @Field(() => JSONResolver, {
    description:
      'Điều kiện (condition), ví dụ { "fact": "consecutiveYears", "title": "CHIEN_SI_THI_DUA_CO_SO", "atLeast": 3 }, { "all": [...] }, { "any": [...] }, { "not": ... }.',
  })
  @Column({ type: 'jsonb' })
  condition!: Condition;

  @Field(() => [String], { description: 'Các dữ kiện quy tắc cần (facts), suy từ điều kiện.' })
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  facts!: string[];

  @Field({ description: 'Văn bản nguồn (source document), ví dụ "Luật Thi đua, khen thưởng 06/2022/QH15".' })
  @Column({ type: 'text' })
  sourceDocument!: string;

  @Field(() => String, { nullable: true, description: 'Điều, khoản (article), ví dụ "Điều 22".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  article!: string | null;

  @Field(() => LocalDateResolver, { description: 'Hiệu lực từ ngày (effective from).' })
  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Hiệu lực đến hết ngày (effective to); trống là còn hiệu lực.' })
  @Column({ type: 'date', nullable: true })
  effectiveTo!: string | null;

  @Field({ description: 'Phạm vi áp dụng (jurisdiction): "NATIONAL" toàn quốc, hoặc tên tỉnh, thành phố.' })
  @Column({ type: 'varchar', length: 100, default: 'NATIONAL' })
  jurisdiction!: string;

  @Field(() => RuleMarkEnum, { description: 'Mức kiểm chứng (mark) theo WORKFLOW.md.' })
  @Column({ type: 'varchar', length: 1, default: 'M' })
  mark!: RuleMark;

  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
