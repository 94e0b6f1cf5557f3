import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { AwardType } from '../award-type/entities.js';
import { Event } from '../event/entities.js';
import { Unit } from '../unit/entities.js';
import { CommendationTally } from './commendation-tally.entity.js';
import { CommendationTalliesArgs, CreateCommendationTallyInput, UpdateCommendationTallyInput } from './commendation-tally.inputs.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

export const CommendationTallyConnection = Connection(CommendationTally);
const TallyPayload = Payload<CommendationTally>(
  'CommendationTally',
  'tally',
  () => CommendationTally,
  'Kết quả ghi nhận hoặc sửa số liệu khen thưởng tổng hợp.',
);
const DeleteTallyPayload = Payload<string>('DeleteCommendationTally', 'deletedId', () => ID, 'Kết quả xóa số liệu khen thưởng tổng hợp.');

interface TallyAwardTypeRow {
  tally_id: string;
  award_type_id: string;
}

@Resolver(() => CommendationTally)
export class CommendationTallyResolver {
  @Query(() => CommendationTallyConnection, { description: 'Số liệu khen thưởng tổng hợp (commendation tallies): lọc theo năm, đơn vị báo cáo; phân trang.' })
  async commendationTallies(@Args() args: CommendationTalliesArgs, @Ctx() ctx: Context) {
    return toConnection(CommendationTallyConnection, await ctx.services.commendationTallies.list(ctx.actor, args));
  }

  @PayloadMutation(() => TallyPayload, 'Ghi nhận số liệu khen thưởng tổng hợp khi nguồn chỉ nêu số lượng (create commendation tally).')
  createCommendationTally(@Arg('input', { description: 'Số liệu và nguồn.' }) input: CreateCommendationTallyInput, @Ctx() ctx: Context) {
    return ctx.services.commendationTallies.create(ctx.actor, input);
  }

  @PayloadMutation(() => TallyPayload, 'Sửa số liệu khen thưởng tổng hợp (update commendation tally).')
  updateCommendationTally(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateCommendationTallyInput, @Ctx() ctx: Context) {
    return ctx.services.commendationTallies.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteTallyPayload, 'Xóa số liệu khen thưởng tổng hợp (delete commendation tally).')
  deleteCommendationTally(
    @Arg('id', () => ID, { description: 'Mã số liệu.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.commendationTallies.delete(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị báo cáo (reporter unit).' })
  reporterUnit(@Root() tally: CommendationTally, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(tally.reporterUnitId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'Hội nghị công bố (event).' })
  event(@Root() tally: CommendationTally, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Event, tally.eventId);
  }

  @FieldResolver(() => [AwardType], { description: 'Các danh hiệu, hình thức khen thưởng được nêu (award types).' })
  async awardTypes(@Root() tally: CommendationTally, @Ctx() ctx: Context) {
    const links = await ctx.loaders
      .group<string, TallyAwardTypeRow>(
        'CommendationTally.awardTypes',
        (ids) => ctx.db.query('SELECT tally_id, award_type_id FROM commendation_tally_award_type WHERE tally_id = ANY($1)', [ids]),
        (row) => row.tally_id,
      )
      .load(tally.id);
    const types = await ctx.loaders.byId(AwardType).loadMany(links.map((l) => l.award_type_id));
    return types.filter((t): t is AwardType => t instanceof AwardType).sort((a, b) => b.rank - a.rank || a.code.localeCompare(b.code));
  }
}
