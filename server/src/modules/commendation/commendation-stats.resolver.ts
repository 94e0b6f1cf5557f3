import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { AwardType } from '../award-type/entities.js';
import { Bloc } from '../bloc/entities.js';
import { CommendationFilter } from './commendation-filter.inputs.js';
import { CommendationDimension, CommendationGroup, CommendationGroupKey } from './commendation-stats.types.js';

@Resolver()
export class CommendationStatsResolver {
  @Query(() => [CommendationGroup], {
    description:
      'Thống kê khen thưởng (commendation stats): số lượng theo các chiều, cùng bộ lọc và tìm kiếm như danh sách; sắp theo các khóa, theo thứ tự chiều được nêu.',
  })
  commendationStats(
    @Arg('groupBy', () => [CommendationDimension], { description: 'Các chiều nhóm (group by), mỗi chiều một lần; rỗng: một nhóm tổng.' })
    groupBy: CommendationDimension[],
    @Arg('filter', () => CommendationFilter, { nullable: true, description: 'Bộ lọc như danh sách khen thưởng.' }) filter: CommendationFilter | null,
    @Arg('search', () => String, { nullable: true, description: 'Tìm không dấu theo tên đối tượng và thành tích.' }) search: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.commendationStats.groups(ctx.actor, groupBy, filter, search);
  }
}

@Resolver(() => CommendationGroupKey)
export class CommendationGroupKeyResolver {
  @FieldResolver(() => AwardType, { nullable: true, description: 'Danh hiệu, hình thức khen thưởng (award type), khi nhóm theo AWARD_TYPE.' })
  awardType(@Root() key: CommendationGroupKey, @Ctx() ctx: Context) {
    return ctx.loaders.ref(AwardType, key.awardTypeId);
  }

  @FieldResolver(() => Bloc, { nullable: true, description: 'Khối, cụm thi đua (bloc), khi nhóm theo BLOC; null: không gắn khối.' })
  bloc(@Root() key: CommendationGroupKey, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Bloc, key.blocId);
  }
}
