import { Arg, Args, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, ConnectionArgs, toConnection } from '../../core/graphql/connection.js';
import { UserError } from '../../core/errors.js';
import { Payload, PayloadMutation, SpreadPayloadMutation } from '../../core/graphql/payload.js';
import { ApiToken } from './api-token.entity.js';
import { CreateApiTokenInput, RevokeApiTokenInput } from './api-token.inputs.js';

@ObjectType({ description: 'Kết quả tạo mã API: chuỗi bí mật chỉ hiện đúng lần này; hãy lưu lại ngay.' })
class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'Mã API.' }) token!: ApiToken | null;
  @Field(() => String, { nullable: true, description: 'Chuỗi bí mật đầy đủ để gửi trong "Authorization: Bearer …".' }) secret!: string | null;
  @Field(() => [UserError], { description: 'Lỗi nghiệp vụ.' }) userErrors!: UserError[];
}

const ApiTokenConnection = Connection(ApiToken);
const ApiTokenPayload = Payload<ApiToken>('ApiToken', 'token', () => ApiToken, 'Kết quả thu hồi mã API.');

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, { description: 'Mã truy cập API của ứng dụng đối tác (chỉ quản trị).' })
  async apiTokens(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return toConnection(ApiTokenConnection, await ctx.services.apiTokens.list(ctx.actor, args));
  }

  @SpreadPayloadMutation(() => CreateApiTokenPayload, 'Tạo mã API với phạm vi quyền và hạn dùng (chỉ quản trị).', { token: null, secret: null })
  createApiToken(@Arg('input', { description: 'Mã API mới.' }) input: CreateApiTokenInput, @Ctx() ctx: Context) {
    return ctx.services.apiTokens.create(ctx.actor, input);
  }

  @PayloadMutation(() => ApiTokenPayload, 'Thu hồi mã API; các lời gọi sau đó bị từ chối UNAUTHENTICATED.')
  revokeApiToken(@Arg('input', { description: 'Mã cần thu hồi.' }) input: RevokeApiTokenInput, @Ctx() ctx: Context) {
    return ctx.services.apiTokens.revoke(ctx.actor, input.id);
  }
}
