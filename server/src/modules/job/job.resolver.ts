import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { JOB_LIMITS } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { BackgroundJob } from './background-job.entity.js';
import { ListExportInput } from './list-export.input.js';

const JobPayload = Payload<BackgroundJob>('Job', 'job', () => BackgroundJob, 'Kết quả thao tác trên việc chạy nền (job payload).');

/** The download of a finished job's file (authenticated like /graphql). */
const jobResultUrl = (job: Pick<BackgroundJob, 'id'>) => `/jobs/${toGlobalId('Job', job.id)}/result`;

@Resolver(() => BackgroundJob)
export class JobResolver {
  @FieldResolver(() => ID, { description: 'Mã việc.' })
  id(@Root() job: BackgroundJob): string {
    return toGlobalId('Job', job.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Địa chỉ tải tệp kết quả (GET, cùng phiên đăng nhập hoặc mã API); null khi chưa có.' })
  resultUrl(@Root() job: BackgroundJob): string | null {
    return job.status === 'SUCCEEDED' && job.resultName ? jobResultUrl(job) : null;
  }

  @Query(() => BackgroundJob, { description: 'Một việc chạy nền của chính người hỏi (job).' })
  job(@Arg('id', () => ID, { description: 'Mã việc.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.jobs.get(ctx.actor, id);
  }

  @Query(() => [BackgroundJob], { description: `Các việc chạy nền gần đây của chính người hỏi, mới nhất trước (tối đa ${JOB_LIMITS.recentJobs}).` })
  myJobs(@Arg('first', () => Int, { nullable: true, description: 'Số việc (mặc định và tối đa 20).' }) first: number | null, @Ctx() ctx: Context) {
    return ctx.services.jobs.mine(ctx.actor, first ?? undefined);
  }

  @PayloadMutation(
    () => JobPayload,
    'Xuất một danh sách ra Excel đúng như đang xem (cùng truy vấn, bộ lọc, thứ tự, cột tiếng Việt), chạy nền: theo dõi bằng `jobUpdated`, tải tệp ở `resultUrl`.',
  )
  startListExport(
    @Arg('input', { description: 'Danh sách cần xuất: truy vấn, biến, cột, tiêu đề.' }) input: ListExportInput,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.jobs.startListExport(ctx.actor, info.schema, input);
  }

  @PayloadMutation(() => JobPayload, 'Hủy một việc đang chờ hoặc đang chạy; phần đã làm không được giữ.')
  cancelJob(@Arg('id', () => ID, { description: 'Mã việc.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.jobs.cancel(ctx.actor, id);
  }

  @Subscription(() => BackgroundJob, {
    name: 'jobUpdated',
    description: 'Tiến độ một việc chạy nền: trạng thái hiện tại, rồi mỗi khi nó đổi (trên bất kỳ máy chủ nào) cho tới khi kết thúc.',
    subscribe: ({ args, context }) => {
      const { actor, services, live } = context as Context;
      return services.jobs.stream(actor, live, (args as { id: string }).id);
    },
  })
  jobUpdated(@Root() job: BackgroundJob, @Arg('id', () => ID, { description: 'Mã việc.' }) _id: string): BackgroundJob {
    return job;
  }
}
