import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { LIMITS } from '@thidua/shared';
import type { Context } from '../../context.js';
import { UNPAGED_LIST_SIZE } from './measure.js';

@ObjectType({
  description: [
    'Giới hạn của API (API limits). Mỗi thao tác được tính chi phí trước khi chạy (cost): mỗi trường 1 điểm;',
    'trường trả về connection (có first/last) thì các danh sách của trang (edges, nodes) nhân với số bản ghi mỗi trang',
    `(first hoặc last, mặc định ${LIMITS.pageSizeDefault}, tối đa ${LIMITS.pageSizeMax}); danh sách lấy theo ids tính bằng số ids; danh sách không phân trang khác được giả định dài ${UNPAGED_LIST_SIZE};`,
    'các danh sách lồng nhau nhân với nhau; với interface/union tính nhánh đắt nhất; __schema và __type tính 1.',
    'Vượt maxCost, maxDepth hoặc maxAliases thì bị từ chối trước khi chạy (COST_LIMIT_EXCEEDED, DEPTH_LIMIT_EXCEEDED, ALIAS_LIMIT_EXCEEDED, HTTP 400).',
    'Mỗi phản hồi có extensions.cost = { requested: chi phí ước tính, actual: số giá trị trường thực trả về trong data,',
    'limit: chi phí tối đa cho người gọi này, remaining: điểm còn lại trong "xô" của mã API, null với phiên đăng nhập }.',
    'Mã API có giới hạn tốc độ kiểu xô rò (leaky bucket): mỗi thao tác thêm chi phí ước tính vào xô, xô rò leakPerSecond điểm mỗi giây;',
    'đầy thì RATE_LIMITED (HTTP 429, header Retry-After). Phiên đăng nhập không bị giới hạn tốc độ.',
  ].join(' '),
})
class ApiLimits {
  @Field(() => Int, { description: 'Chi phí ước tính tối đa của một thao tác (MAX_QUERY_COST), hoặc dung lượng xô nếu mã API có xô nhỏ hơn.' })
  maxCost!: number;

  @Field(() => Int, { description: 'Số cấp trường lồng nhau tối đa (MAX_QUERY_DEPTH); trường gốc là cấp 1.' })
  maxDepth!: number;

  @Field(() => Int, { description: 'Số bí danh (alias) tối đa trong một thao tác (MAX_QUERY_ALIASES).' })
  maxAliases!: number;

  @Field(() => Int, { description: 'Số bản ghi mỗi trang khi không có first/last.' })
  defaultPageSize!: number;

  @Field(() => Int, { description: 'Độ dài giả định của một danh sách không phân trang khi tính chi phí.' })
  unpagedListSize!: number;

  @Field(() => Int, { nullable: true, description: 'Dung lượng xô của mã API đang gọi (điểm); null với phiên đăng nhập.' })
  bucketCapacity!: number | null;

  @Field(() => Int, { nullable: true, description: 'Số điểm rò khỏi xô mỗi giây của mã API đang gọi; null với phiên đăng nhập.' })
  leakPerSecond!: number | null;
}

@Resolver()
export class ApiLimitsResolver {
  @Query(() => ApiLimits, { description: 'Giới hạn chi phí, độ sâu, bí danh và tốc độ áp dụng cho người gọi (API limits); không cần đăng nhập.' })
  apiLimits(@Ctx() ctx: Context): ApiLimits {
    const { limits, token } = ctx;
    return {
      maxCost: token ? Math.min(limits.maxCost, token.rateCapacity) : limits.maxCost,
      maxDepth: limits.maxDepth,
      maxAliases: limits.maxAliases,
      defaultPageSize: LIMITS.pageSizeDefault,
      unpagedListSize: UNPAGED_LIST_SIZE,
      bucketCapacity: token?.rateCapacity ?? null,
      leakPerSecond: token?.ratePerSecond ?? null,
    };
  }
}
