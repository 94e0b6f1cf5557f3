import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { LIMITS } from '@thidua/shared';
import { IsOptional } from 'class-validator';
import { MaxLen, Required } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';

@InputType({ description: 'Ghi nhận một tên gọi trước đây của đơn vị.' })
export class AddUnitFormerNameInput {
  @Field(() => ID, { description: 'Mã đơn vị.' }) unitId!: string;
  @Field({ description: 'Tên gọi trước đây (name).' }) @Required() @MaxLen(LIMITS.nameMax) name!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Dùng từ ngày (used from).' }) usedFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Dùng đến ngày (used until), tức ngày đổi tên.' }) usedUntil?: string | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú, căn cứ (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}

@InputType({ description: 'Sửa một tên gọi trước đây; chỉ các trường gửi lên được sửa.' })
export class UpdateUnitFormerNameInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã tên gọi trước đây cần sửa.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Tên gọi trước đây (name).' }) @IsOptional() @Required() @MaxLen(LIMITS.nameMax) name?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Dùng từ ngày (used from).' }) usedFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Dùng đến ngày (used until).' }) usedUntil?: string | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú, căn cứ (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}
