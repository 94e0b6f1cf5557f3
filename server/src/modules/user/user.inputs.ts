import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { LIMITS, type UserRole } from '@thidua/shared';
import { UserRoleEnum } from '../../core/graphql/enums.js';
import { MaxLen, Required } from '../../core/validation.js';
import { VersionedUpdate } from '../../core/db/versions.js';
import { Verbatim } from '../../core/graphql/trim.js';

@InputType({ description: 'Đăng nhập (login).' })
export class LoginInput {
  @Field({ description: 'Tên đăng nhập.' }) @Required() @MaxLen(LIMITS.usernameMax) username!: string;
  @Field({ description: 'Mật khẩu.' }) @Verbatim() @Required() @MaxLen(LIMITS.passwordMax) password!: string;
}

@InputType({ description: 'Đổi mật khẩu của chính mình (change password).' })
export class ChangePasswordInput {
  @Field({ description: 'Mật khẩu hiện tại.' }) @Verbatim() @Required() @MaxLen(LIMITS.passwordMax) currentPassword!: string;
  @Field({ description: `Mật khẩu mới: ít nhất ${LIMITS.passwordMin} ký tự, có chữ và số.` })
  @Verbatim()
  @Required()
  @MaxLen(LIMITS.passwordMax)
  newPassword!: string;
}

const USERNAME = /^[a-z0-9._-]{3,60}$/;

@InputType({ description: 'Tạo tài khoản cán bộ (create user); mật khẩu một lần được trả về đúng một lần.' })
export class CreateUserInput {
  @Field({ description: 'Tên đăng nhập: 3–60 ký tự a-z, 0-9, dấu chấm, gạch.' })
  @Required()
  @Matches(USERNAME, { message: 'Tên đăng nhập chỉ gồm 3–60 ký tự a-z, 0-9, dấu chấm, gạch.', context: { code: 'INVALID' } })
  username!: string;
  @Field({ description: 'Họ tên hiển thị.' }) @Required() @MaxLen(120) displayName!: string;
  @Field(() => UserRoleEnum, { description: 'Vai trò.' }) role!: UserRole;
  @Field(() => ID, { nullable: true, description: 'Đơn vị (bắt buộc với cán bộ đơn vị).' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Khối thi đua (bắt buộc với cán bộ khối).' }) blocId?: string | null;
}

@InputType({ description: 'Sửa tài khoản (update user): chỉ các trường được gửi mới thay đổi.' })
export class UpdateUserInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã tài khoản.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Họ tên hiển thị.' }) @IsOptional() @Required() @MaxLen(120) displayName?: string;
  @Field(() => UserRoleEnum, { nullable: true, description: 'Vai trò.' }) role?: UserRole;
  @Field(() => ID, { nullable: true, description: 'Đơn vị.' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Khối thi đua.' }) blocId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Đang hoạt động; false để khóa tài khoản và đăng xuất mọi phiên.' }) active?: boolean;
}
