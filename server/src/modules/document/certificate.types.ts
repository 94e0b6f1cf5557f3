import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsBoolean, IsIn, IsNumber, Matches } from 'class-validator';
import { CertificateField, TEXT_ALIGNS, type CertificateFieldLayout, type TextAlign } from '@thidua/shared';
import { graphqlEnum } from '../../core/graphql/enums.js';

export const CertificateFieldEnum = graphqlEnum(CertificateField, 'CertificateField', 'Trường in trên phôi (certificate field).');
export const TextAlignEnum = Object.fromEntries(TEXT_ALIGNS.map((a) => [a.toUpperCase(), a])) as Record<string, TextAlign>;
const ALIGN_LABELS: Record<string, string> = { LEFT: 'Căn trái / Left', CENTER: 'Căn giữa / Center', RIGHT: 'Căn phải / Right' };
registerEnumType(TextAlignEnum, {
  name: 'TextAlign',
  description: 'Căn lề (text alignment): LEFT trái, CENTER giữa, RIGHT phải.',
  valuesConfig: Object.fromEntries(Object.keys(TextAlignEnum).map((key) => [key, { description: ALIGN_LABELS[key] ?? key }])),
});

@ObjectType('CertificateFieldLayout', { description: 'Vị trí và kiểu chữ của một trường trên phôi (mm từ mép trên, mép trái).' })
export class CertificateFieldLayoutType implements CertificateFieldLayout {
  @Field(() => CertificateFieldEnum, { description: 'Trường (field).' }) field!: CertificateField;
  @Field(() => Float, { description: 'Cách mép trên, mm (top).' }) top!: number;
  @Field(() => Float, { description: 'Cách mép trái, mm (left).' }) left!: number;
  @Field(() => Float, { description: 'Chiều rộng ô chữ, mm (width); mã QR: cạnh.' }) width!: number;
  @Field(() => Float, { description: 'Cỡ chữ, pt (font size).' }) fontSize!: number;
  @Field({ description: 'In đậm (bold).' }) bold!: boolean;
  @Field({ description: 'In nghiêng (italic).' }) italic!: boolean;
  @Field(() => TextAlignEnum, { description: 'Căn lề (align).' }) align!: TextAlign;
  @Field({ description: 'Màu chữ #rrggbb (color).' }) color!: string;
  @Field({ description: 'Chữ in hoa (uppercase).' }) uppercase!: boolean;
  @Field({ description: 'In ra giấy (printable); không: chỉ hiện trên màn hình, phôi đã in sẵn.' }) printable!: boolean;
}

@InputType({ description: 'Vị trí và kiểu chữ của một trường trên phôi.' })
export class CertificateFieldInput implements CertificateFieldLayout {
  @Field(() => CertificateFieldEnum, { description: 'Trường (field).' }) @IsIn(CertificateField.values) field!: CertificateField;
  @Field(() => Float, { description: 'Cách mép trên, mm (top).' }) @IsNumber() top!: number;
  @Field(() => Float, { description: 'Cách mép trái, mm (left).' }) @IsNumber() left!: number;
  @Field(() => Float, { description: 'Chiều rộng ô chữ, mm (width); mã QR: cạnh.' }) @IsNumber() width!: number;
  @Field(() => Float, { description: 'Cỡ chữ, pt (font size).' }) @IsNumber() fontSize!: number;
  @Field({ description: 'In đậm (bold).' }) @IsBoolean() bold!: boolean;
  @Field({ description: 'In nghiêng (italic).' }) @IsBoolean() italic!: boolean;
  @Field(() => TextAlignEnum, { description: 'Căn lề (align).' }) @IsIn([...TEXT_ALIGNS]) align!: TextAlign;
  @Field({ description: 'Màu chữ #rrggbb (color).' }) @Matches(/^#[0-9a-fA-F]{6}$/) color!: string;
  @Field({ description: 'Chữ in hoa (uppercase).' }) @IsBoolean() uppercase!: boolean;
  @Field({ description: 'In ra giấy (printable); không: chỉ hiện trên màn hình.' }) @IsBoolean() printable!: boolean;
}
