import { Field, Float, ObjectType } from 'type-graphql';
import type { CertificateFieldLayout } from '@thidua/shared';
import { CertificateLayout } from './certificate-layout.entity.js';
import { CertificateFieldLayoutType } from './certificate.types.js';

@ObjectType({ description: 'Bố cục phôi đang dùng của một hình thức khen thưởng: của Ban, hoặc mặc định (A3 ngang, không lề).' })
export class CertificateLayoutInfo {
  @Field(() => Float, { description: 'Chiều rộng trang, mm.' }) pageWidth!: number;
  @Field(() => Float, { description: 'Chiều cao trang, mm.' }) pageHeight!: number;
  @Field(() => [CertificateFieldLayoutType], { description: 'Các trường.' }) fields!: CertificateFieldLayout[];
  @Field(() => CertificateLayout, { nullable: true, description: 'Bản ghi bố cục của Ban (phiên bản, lịch sử); null: đang dùng bố cục mặc định.' })
  layout!: CertificateLayout | null;
}
