import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { toConnection } from '../../core/graphql/connection.js';
import { PublicAwardsArgs, PublicDecisionAwardsArgs, PublicDecisionsArgs } from './public-lookup.inputs.js';
import { PublicAward, PublicAwardConnection, PublicDecision, PublicDecisionConnection, PublicFacets } from './public-lookup.types.js';

const ANONYMOUS_NOTE = 'Không cần đăng nhập; khách bị giới hạn số truy vấn theo địa chỉ (RATE_LIMITED, HTTP 429).';

@Resolver()
export class PublicLookupResolver {
  @Query(() => PublicDecisionConnection, {
    description: `Tra cứu quyết định đã công bố (public decisions): tìm không dấu theo số, cơ quan, trích yếu, tên người và đơn vị được khen; lọc năm, cơ quan ban hành; mới ký trước. ${ANONYMOUS_NOTE}`,
  })
  async publicDecisions(@Args() args: PublicDecisionsArgs, @Ctx() ctx: Context) {
    return toConnection(PublicDecisionConnection, await ctx.services.publicLookup.decisions(args));
  }

  @Query(() => PublicDecision, { description: `Một quyết định đã công bố (public decision); NOT_FOUND nếu không có hoặc chưa công bố. ${ANONYMOUS_NOTE}` })
  publicDecision(@Arg('id', () => ID, { description: 'Mã toàn cục của quyết định.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.publicLookup.decision(id);
  }

  @Query(() => PublicAwardConnection, {
    description: `Tra cứu khen thưởng đã công bố (public awards): ai được tặng gì, theo quyết định nào; tìm không dấu theo tên, thành tích, danh hiệu, số quyết định; lọc năm, cơ quan, danh hiệu. ${ANONYMOUS_NOTE}`,
  })
  async publicAwards(@Args() args: PublicAwardsArgs, @Ctx() ctx: Context) {
    return toConnection(PublicAwardConnection, await ctx.services.publicLookup.awards(args));
  }

  @Query(() => PublicAward, {
    description: `Một khen thưởng đã công bố (public award), mở từ mã QR của giấy khen; NOT_FOUND nếu không có hoặc quyết định chưa công bố. ${ANONYMOUS_NOTE}`,
  })
  publicAward(@Arg('id', () => ID, { description: 'Mã toàn cục của khen thưởng.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.publicLookup.award(id);
  }

  @Query(() => PublicFacets, { description: `Cơ quan ban hành và năm có quyết định đã công bố, cho bộ lọc (public facets). ${ANONYMOUS_NOTE}` })
  publicFacets(@Ctx() ctx: Context) {
    return ctx.services.publicLookup.facets();
  }
}

@Resolver(() => PublicDecision)
export class PublicDecisionFieldsResolver {
  @FieldResolver(() => PublicAwardConnection, { description: 'Danh sách khen thưởng của quyết định (awards), danh hiệu cao trước; phân trang first/after.' })
  async awards(@Root() decision: PublicDecision, @Args() args: PublicDecisionAwardsArgs, @Ctx() ctx: Context) {
    return toConnection(PublicAwardConnection, await ctx.services.publicLookup.awardsOf(ctx.loaders, decision, args));
  }
}

@Resolver(() => PublicAward)
export class PublicAwardFieldsResolver {
  @FieldResolver(() => String, { description: 'Tên đối tượng được khen thưởng (recipient name): đơn vị, cá nhân hoặc hộ gia đình, như quyết định nêu.' })
  async recipientName(@Root() award: PublicAward, @Ctx() ctx: Context) {
    return (await ctx.services.publicLookup.recipient(ctx.loaders, award)).name;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Dòng dưới tên (recipient line): chức vụ và đơn vị của cá nhân trong năm khen thưởng, địa bàn của hộ gia đình; trống với tập thể.',
  })
  async recipientLine(@Root() award: PublicAward, @Ctx() ctx: Context) {
    return (await ctx.services.publicLookup.recipient(ctx.loaders, award)).line;
  }
}
