import { Field, Float, ID, InputType, Int, type ClassType } from 'type-graphql';
import { LocalDateResolver, DateTimeISOResolver } from 'graphql-scalars';

/** Per-field operators of list filters. Every operator is optional; given ones are AND-ed. */

@InputType({ description: 'Điều kiện trên một trường chữ (string filter).' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Bằng đúng.' })
  eq?: string | null;

  @Field(() => [String], { nullable: true, description: 'Thuộc danh sách.' })
  in?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Chứa chuỗi con, không phân biệt hoa thường và dấu.' })
  contains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: trống; false: có giá trị.' })
  isNull?: boolean | null;
}

@InputType({ description: 'Điều kiện trên một trường số nguyên (int filter).' })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Bằng (equals).' }) eq?: number | null;
  @Field(() => [Int], { nullable: true, description: 'Thuộc danh sách (in).' }) in?: number[] | null;
  @Field(() => Int, { nullable: true, description: 'Nhỏ hơn.' }) lt?: number | null;
  @Field(() => Int, { nullable: true, description: 'Nhỏ hơn hoặc bằng.' }) lte?: number | null;
  @Field(() => Int, { nullable: true, description: 'Lớn hơn.' }) gt?: number | null;
  @Field(() => Int, { nullable: true, description: 'Lớn hơn hoặc bằng.' }) gte?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'true: trống; false: có giá trị (is null).' }) isNull?: boolean | null;
}

@InputType({ description: 'Điều kiện trên một trường số thực (float filter).' })
export class FloatFilter {
  @Field(() => Float, { nullable: true, description: 'Bằng (equals).' }) eq?: number | null;
  @Field(() => Float, { nullable: true, description: 'Nhỏ hơn (less than).' }) lt?: number | null;
  @Field(() => Float, { nullable: true, description: 'Nhỏ hơn hoặc bằng.' }) lte?: number | null;
  @Field(() => Float, { nullable: true, description: 'Lớn hơn (greater than).' }) gt?: number | null;
  @Field(() => Float, { nullable: true, description: 'Lớn hơn hoặc bằng.' }) gte?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'true: trống; false: có giá trị (is null).' }) isNull?: boolean | null;
}

@InputType({ description: 'Điều kiện trên một trường ngày (date filter, YYYY-MM-DD).' })
export class DateFilter {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Bằng (equals).' }) eq?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Nhỏ hơn (less than).' }) lt?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Nhỏ hơn hoặc bằng.' }) lte?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Lớn hơn (greater than).' }) gt?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Lớn hơn hoặc bằng.' }) gte?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: trống; false: có giá trị (is null).' }) isNull?: boolean | null;
}

@InputType({ description: 'Điều kiện trên một thời điểm (date-time filter).' })
export class DateTimeFilter {
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Nhỏ hơn (less than).' }) lt?: Date | null;
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Lớn hơn hoặc bằng.' }) gte?: Date | null;
}

@InputType({ description: 'Điều kiện trên một tham chiếu (ID filter): mã toàn cục.' })
export class IDFilter {
  @Field(() => ID, { nullable: true, description: 'Bằng (equals).' }) eq?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Thuộc danh sách (in).' }) in?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: trống; false: có giá trị (is null).' }) isNull?: boolean | null;
}

@InputType({ description: 'Điều kiện trên một trường đúng/sai.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: 'Bằng (equals).' }) eq?: boolean | null;
}

export interface EnumFilterShape<E> {
  eq?: E | null;
  in?: E[] | null;
  isNull?: boolean | null;
}

const enumFilters = new Map<string, ClassType>();

/** `<Enum>Filter` input for a registered GraphQL enum. */
export function EnumFilter<E extends string>(enumObject: object, enumName: string): ClassType<EnumFilterShape<E>> {
  const existing = enumFilters.get(enumName);
  if (existing) return existing as ClassType<EnumFilterShape<E>>;
  @InputType(`${enumName}Filter`, { description: `Điều kiện trên trường kiểu ${enumName}.` })
  class Filter {
    @Field(() => enumObject, { nullable: true, description: 'Bằng (equals).' }) eq?: E | null;
    @Field(() => [enumObject], { nullable: true, description: 'Thuộc danh sách (in).' }) in?: E[] | null;
    @Field(() => Boolean, { nullable: true, description: 'true: trống; false: có giá trị (is null).' }) isNull?: boolean | null;
  }
  enumFilters.set(enumName, Filter);
  return Filter;
}
