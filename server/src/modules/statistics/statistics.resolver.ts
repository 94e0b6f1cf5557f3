import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { StatisticsForm } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { StatisticsFormEnum } from '../../core/graphql/enums.js';
import { StatisticsReport, StatisticsScopeInput } from './statistics-report.types.js';
import { DecisionTimeGroup } from './decision-times.js';

@Resolver()
export class StatisticsReportResolver {
  @Query(() => StatisticsReport, {
    description:
      'Biểu thống kê năm (statistics report) 0601–0605 theo Thông tư 02/2023/TT-BNV, cho một năm và phạm vi: các dòng, cột và số liệu như trên biểu. Khen thưởng cá nhân tính theo phạm vi người gọi được xem.',
  })
  statisticsReport(
    @Arg('form', () => StatisticsFormEnum, { description: 'Biểu (form).' }) form: StatisticsForm,
    @Arg('year', () => Int, { description: 'Năm báo cáo (year).' }) year: number,
    @Arg('scope', () => StatisticsScopeInput, { nullable: true, description: 'Phạm vi (scope); để trống: toàn bộ.' }) scope: StatisticsScopeInput | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.statisticsReports.report(ctx.actor, form, year, scope);
  }

  @Query(() => [DecisionTimeGroup], {
    description:
      'Thời gian xử lý hồ sơ (decision times): số ngày từ khi gửi hồ sơ đề nghị đến ngày ký quyết định khen thưởng, theo năm quyết định; hồ sơ theo phạm vi người gọi được xem.',
  })
  dossierDecisionTimes(@Ctx() ctx: Context) {
    return ctx.services.statisticsReports.decisionTimes(ctx.actor);
  }
}
