import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, ManyToOne, Unique } from 'typeorm';
import type { CertificateFieldLayout } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { numeric } from '../../core/db/numeric.js';
import { AwardType } from '../award-type/entities.js';
import { CertificateFieldLayoutType } from './certificate.types.js';

/**
 * Where each field of an award type's certificate is printed on its pre-printed blank (phôi), as the
 * Board placed it. Absent until first saved: DEFAULT_CERTIFICATE_LAYOUT (A3 landscape) is used.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Bố cục in trên phôi của một hình thức khen thưởng (certificate layout): khổ giấy và vị trí từng trường, mm.',
})
@Entity()
@Unique('uq_certificate_layout__award_type', ['awardTypeId'])
export class CertificateLayout extends BaseRecord {
  @ManyToOne(() => AwardType, { onDelete: 'CASCADE' })
  awardType!: AwardType;
  @Column({ type: 'uuid' })
  awardTypeId!: string;

  @Field(() => Float, { description: 'Chiều rộng trang, mm (page width); A3 ngang: 420.' })
  @Column({ type: 'numeric', precision: 6, scale: 1, transformer: numeric })
  pageWidth!: number;

  @Field(() => Float, { description: 'Chiều cao trang, mm (page height); A3 ngang: 297.' })
  @Column({ type: 'numeric', precision: 6, scale: 1, transformer: numeric })
  pageHeight!: number;

  @Field(() => [CertificateFieldLayoutType], { description: 'Vị trí, cỡ chữ, kiểu chữ của từng trường (fields).' })
  @Column({ type: 'jsonb' })
  fields!: CertificateFieldLayout[];
}
