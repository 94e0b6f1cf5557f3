import { Args, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { toConnection, type ConnectionShape } from '../../core/graphql/connection.js';
import type { Dossier } from './dossier.entity.js';
import { DossierStatusCount } from './dossier-inbox.service.js';
import { DossiersArgs } from './dossier.inputs.js';
import { DossierConnection } from './dossier.resolver.js';

@ObjectType({ description: 'Hồ sơ chờ xử lý (dossier inbox) của cấp bạn: hồ sơ gửi tới cấp bạn chưa chuyển đi, và hồ sơ của bạn bị trả lại.' })
export class DossierInbox {
  @Field(() => [DossierStatusCount], { description: 'Số hồ sơ theo trạng thái (không tính bộ lọc).' }) byStatus!: DossierStatusCount[];
  @Field(() => Int, { description: 'Tổng số hồ sơ chờ xử lý.' }) totalCount!: number;
  @Field(() => Int, { description: 'Số hồ sơ quá hạn xử lý ở cấp hiện tại (overdue).' }) overdueCount!: number;
  @Field(() => DossierConnection, { description: 'Một trang hồ sơ chờ xử lý, theo bộ lọc và sắp xếp.' }) dossiers!: ConnectionShape<Dossier>;
}

@Resolver()
export class DossierInboxResolver {
  @Query(() => DossierInbox, { description: 'Hồ sơ chờ xử lý (dossier inbox) ở cấp của bạn: số theo trạng thái, số quá hạn, danh sách phân trang.' })
  async dossierInbox(@Args() args: DossiersArgs, @Ctx() ctx: Context): Promise<DossierInbox> {
    const [counts, page] = await Promise.all([ctx.services.dossierInbox.counts(ctx.actor), ctx.services.dossierInbox.page(ctx.actor, args)]);
    return { ...counts, dossiers: toConnection(DossierConnection, page) };
  }
}
