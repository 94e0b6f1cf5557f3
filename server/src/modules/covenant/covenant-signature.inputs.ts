import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional } from 'class-validator';
import { LIMITS } from '@thidua/shared';
import { MaxLen } from '../../core/validation.js';

@InputType({ description: 'Ghi nhận một đơn vị thành viên ký giao ước (sign covenant).' })
export class SignCovenantInput {
  @Field(() => ID, { description: 'Giao ước (covenant).' }) covenantId!: string;
  @Field(() => ID, { description: 'Đơn vị ký; phải là thành viên của khối trong năm giao ước (unit).' }) unitId!: string;
  @Field(() => String, { nullable: true, description: 'Người ký (signer name).' }) @IsOptional() @MaxLen(LIMITS.personNameMax) signerName?: string | null;
  @Field(() => String, { nullable: true, description: 'Chức vụ người ký (signer title).' }) @IsOptional() @MaxLen(200) signerTitle?: string | null;
  @Field(() => LocalDateResolver, { description: 'Ngày ký (signed on).' }) signedOn!: string;
}

@InputType({ description: 'Hủy chữ ký giao ước của một đơn vị (unsign covenant).' })
export class UnsignCovenantInput {
  @Field(() => ID, { description: 'Giao ước (covenant).' }) covenantId!: string;
  @Field(() => ID, { description: 'Đơn vị đã ký (unit).' }) unitId!: string;
}
