import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { UserRole } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { Connection, ConnectionArgs, toConnection } from '../../core/graphql/connection.js';
import { UserError } from '../../core/errors.js';
import { EnumFilter, StringFilter, BooleanFilter } from '../../core/graphql/filters.js';
import { UserRoleEnum } from '../../core/graphql/enums.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { Payload, PayloadMutation, SpreadPayloadMutation } from '../../core/graphql/payload.js';
import { Bloc } from '../bloc/entities.js';
import { Unit } from '../unit/entities.js';
import { User } from './user.entity.js';
import { CreateUserInput, UpdateUserInput } from './user.inputs.js';

enum UserOrderField {
  USERNAME = 'USERNAME',
  DISPLAY_NAME = 'DISPLAY_NAME',
}
registerEnumType(UserOrderField, {
  name: 'UserOrderField',
  description: 'Trường sắp xếp tài khoản.',
  valuesConfig: { USERNAME: { description: 'Theo tên đăng nhập.' }, DISPLAY_NAME: { description: 'Theo họ tên.' } },
});

@InputType({ description: 'Sắp xếp tài khoản.' })
class UserOrder {
  @Field(() => UserOrderField, { description: 'Trường.' }) field!: UserOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Chiều.' }) direction!: OrderDirection;
}

const UserRoleFilter = EnumFilter<UserRole>(UserRoleEnum, 'UserRole');

@InputType({ description: 'Bộ lọc tài khoản.' })
class UserFilter {
  @Field(() => [UserFilter], { nullable: true, description: 'Tất cả đều đúng.' }) and?: UserFilter[];
  @Field(() => [UserFilter], { nullable: true, description: 'Ít nhất một đúng.' }) or?: UserFilter[];
  @Field(() => UserFilter, { nullable: true, description: 'Phủ định.' }) not?: UserFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Tên đăng nhập.' }) username?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Họ tên.' }) displayName?: StringFilter;
  @Field(() => UserRoleFilter, { nullable: true, description: 'Vai trò.' }) role?: InstanceType<typeof UserRoleFilter>;
  @Field(() => BooleanFilter, { nullable: true, description: 'Đang hoạt động.' }) active?: BooleanFilter;
}

@ArgsType()
class UsersArgs extends ConnectionArgs {
  @Field(() => UserFilter, { nullable: true, description: 'Bộ lọc.' }) filter?: UserFilter | null;
  @Field(() => [UserOrder], { nullable: true, description: 'Sắp xếp; mặc định theo tên đăng nhập.' }) orderBy?: UserOrder[] | null;
}

@ObjectType({ description: 'Kết quả tạo tài khoản hoặc cấp lại mật khẩu: mật khẩu một lần chỉ hiện lần này.' })
class UserWithPasswordPayload {
  @Field(() => User, { nullable: true, description: 'Tài khoản.' }) user!: User | null;
  @Field(() => String, { nullable: true, description: 'Mật khẩu một lần; người dùng phải đổi khi đăng nhập.' }) oneTimePassword!: string | null;
  @Field(() => [UserError], { description: 'Lỗi nghiệp vụ.' }) userErrors!: UserError[];
}

const UserConnection = Connection(User);
const UserPayload = Payload<User>('User', 'user', () => User, 'Kết quả sửa tài khoản.');
const NO_USER = { user: null, oneTimePassword: null };

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: 'Tài khoản cán bộ (chỉ quản trị).' })
  async users(@Args() args: UsersArgs, @Ctx() ctx: Context) {
    return toConnection(UserConnection, await ctx.services.users.list(ctx.actor, args));
  }

  @SpreadPayloadMutation(() => UserWithPasswordPayload, 'Tạo tài khoản cán bộ với mật khẩu một lần (chỉ quản trị).', NO_USER)
  createUser(@Arg('input', { description: 'Tài khoản mới.' }) input: CreateUserInput, @Ctx() ctx: Context) {
    return ctx.services.users.create(ctx.actor, input);
  }

  @PayloadMutation(() => UserPayload, 'Sửa tài khoản: vai trò, đơn vị, khối, khóa/mở (chỉ quản trị).')
  updateUser(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateUserInput, @Ctx() ctx: Context) {
    return ctx.services.users.update(ctx.actor, input);
  }

  @SpreadPayloadMutation(() => UserWithPasswordPayload, 'Cấp lại mật khẩu một lần và đăng xuất mọi phiên của tài khoản (chỉ quản trị).', NO_USER)
  resetUserPassword(@Arg('id', () => ID, { description: 'Mã tài khoản.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.resetPassword(ctx.actor, id);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị (với cán bộ đơn vị).' })
  unit(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, user.unitId);
  }

  @FieldResolver(() => Bloc, { nullable: true, description: 'Khối thi đua (với cán bộ khối).' })
  bloc(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Bloc, user.blocId);
  }
}
