import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Min } from 'class-validator';
import { LIMITS } from '@thidua/shared';
import { VersionedUpdate } from '../../core/db/versions.js';
import { MaxLen } from '../../core/validation.js';

@InputType({ description: 'Thêm một đối tượng vào danh sách đề nghị của hồ sơ (add dossier line): đúng một trong unitId, personId, householdId.' })
export class AddDossierLineInput {
  @Field(() => ID, { description: 'Hồ sơ.' }) dossierId!: string;
  @Field(() => ID, { nullable: true, description: 'Tập thể (unit).' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Cá nhân (person).' }) personId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Hộ gia đình (household).' }) householdId?: string | null;
  @Field(() => ID, { description: 'Hình thức khen thưởng đề nghị (award type).' }) awardTypeId!: string;
  @Field(() => String, { nullable: true, description: 'Tóm tắt thành tích.' }) @IsOptional() @MaxLen(LIMITS.textMax) achievement?: string | null;
  @Field({ nullable: true, defaultValue: true, description: 'Đưa vào danh sách đề nghị.' }) included?: boolean;
}

@InputType({ description: 'Sửa một dòng đề nghị (update dossier line) khi hồ sơ còn sửa được.' })
export class UpdateDossierLineInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã dòng.' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'Hình thức khen thưởng đề nghị.' }) awardTypeId?: string;
  @Field(() => String, { nullable: true, description: 'Tóm tắt thành tích.' }) @IsOptional() @MaxLen(LIMITS.textMax) achievement?: string | null;
  @Field(() => Int, { nullable: true, description: 'Số thứ tự.' }) @IsOptional() @Min(1) position?: number;
  @Field(() => Boolean, { nullable: true, description: 'Đưa vào danh sách đề nghị.' }) included?: boolean;
}
