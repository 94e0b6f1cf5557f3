import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { TokenScope, UserRole } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { permissionsOf } from '../../core/auth/policy.js';
import { TokenScopeEnum, UserRoleEnum } from '../../core/graphql/enums.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Unit } from '../unit/entities.js';
import { Bloc } from '../bloc/entities.js';
import { User } from './user.entity.js';
import { ChangePasswordInput, LoginInput } from './user.inputs.js';

@ObjectType({ description: 'Người hoặc ứng dụng đang gọi API (viewer): tài khoản, mã API hoặc khách; kèm quyền để ứng dụng hiện đúng chức năng.' })
export class Viewer {
  @Field({ description: 'Loại: USER (cán bộ), TOKEN (ứng dụng đối tác), ANONYMOUS (chưa đăng nhập).' })
  kind!: string;

  @Field({ description: 'Tên hiển thị.' })
  name!: string;

  @Field(() => UserRoleEnum, { nullable: true, description: 'Vai trò của cán bộ.' })
  role!: UserRole | null;

  @Field(() => [TokenScopeEnum], { description: 'Phạm vi quyền của mã API.' })
  scopes!: TokenScope[];

  @Field(() => [String], {
    description: 'Các quyền (permissions): read, read:people, write:domain, write:bloc, write:unit, manage:rules, manage:users, manage:tokens, read:audit.',
  })
  permissions!: string[];

  @Field(() => User, { nullable: true, description: 'Tài khoản đang đăng nhập.' })
  user!: User | null;

  @Field(() => Unit, { nullable: true, description: 'Đơn vị của cán bộ đơn vị.' })
  unit!: Unit | null;

  @Field(() => Bloc, { nullable: true, description: 'Khối của cán bộ khối.' })
  bloc!: Bloc | null;

  @Field(() => DateTimeISOResolver, { description: 'Thời điểm máy chủ trả lời.' })
  now!: Date;
}

const LoginPayload = Payload<User>('Login', 'user', () => User, 'Kết quả đăng nhập; đặt cookie phiên httpOnly.');
const ChangePasswordPayload = Payload<User>('ChangePassword', 'user', () => User, 'Kết quả đổi mật khẩu.');
const LogoutPayload = Payload<boolean>('Logout', 'ok', () => Boolean, 'Kết quả đăng xuất.');

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { description: 'Ai đang gọi API và được làm gì (viewer). Không cần đăng nhập.' })
  async viewer(@Ctx() ctx: Context): Promise<Viewer> {
    const { actor, loaders } = ctx;
    return {
      kind: actor.kind,
      name: actor.name,
      role: actor.role === 'PARTNER' ? null : actor.role,
      scopes: [...actor.scopes],
      permissions: permissionsOf(actor),
      user: actor.kind === 'USER' ? await loaders.ref(User, actor.id) : null,
      unit: await loaders.ref(Unit, actor.unitId),
      bloc: await loaders.ref(Bloc, actor.blocId),
      now: new Date(),
    };
  }

  @PayloadMutation(
    () => LoginPayload,
    'Đăng nhập bằng tên đăng nhập và mật khẩu; sai thì BAD_CREDENTIALS (không nói sai phần nào); sai quá nhiều lần (theo tài khoản hoặc theo địa chỉ) thì RATE_LIMITED, HTTP 429 với Retry-After.',
  )
  login(@Arg('input', { description: 'Tên đăng nhập và mật khẩu.' }) input: LoginInput, @Ctx() ctx: Context) {
    return ctx.services.auth.login(input.username, input.password, ctx.cookie, ctx.address);
  }

  @PayloadMutation(() => LogoutPayload, 'Đăng xuất: kết thúc phiên hiện tại.')
  logout(@Ctx() ctx: Context) {
    return ctx.services.auth.logout(ctx.cookie);
  }

  @PayloadMutation(() => ChangePasswordPayload, 'Đổi mật khẩu của chính mình.')
  changePassword(@Arg('input', { description: 'Mật khẩu hiện tại và mật khẩu mới.' }) input: ChangePasswordInput, @Ctx() ctx: Context) {
    return ctx.services.auth.changePassword(ctx.actor, input.currentPassword, input.newPassword);
  }
}
