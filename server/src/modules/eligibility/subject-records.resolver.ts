import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';
import { DisciplineRecord } from './discipline-record.entity.js';
import { Initiative } from './initiative.entity.js';
import { PerformanceRating } from './performance-rating.entity.js';
import {
  CreateDisciplineRecordInput,
  CreateInitiativeInput,
  CreatePerformanceRatingInput,
  SubjectRecordsArgs,
  UpdateDisciplineRecordInput,
  UpdateInitiativeInput,
  UpdatePerformanceRatingInput,
  UseInitiativeInput,
} from './subject-records.inputs.js';

const RatingConnection = Connection(PerformanceRating);
const DisciplineConnection = Connection(DisciplineRecord);
const InitiativeConnection = Connection(Initiative);
const RatingPayload = Payload<PerformanceRating>(
  'PerformanceRating',
  'rating',
  () => PerformanceRating,
  'Kết quả ghi xếp loại hằng năm (performance rating payload).',
);
const DisciplinePayload = Payload<DisciplineRecord>(
  'DisciplineRecord',
  'disciplineRecord',
  () => DisciplineRecord,
  'Kết quả ghi kỷ luật (discipline record payload).',
);
const InitiativePayload = Payload<Initiative>('Initiative', 'initiative', () => Initiative, 'Kết quả ghi sáng kiến (initiative payload).');
const DeletePayload = Payload<string>('DeleteEligibilityFact', 'deletedId', () => ID, 'Kết quả xóa xếp loại, kỷ luật hoặc sáng kiến (delete payload).');
const ID_ARG = { description: 'Mã bản ghi (id).' };
const FIELDS = {
  rating: ['rating', 'note'],
  discipline: ['year', 'form', 'reason', 'decidedOn'],
  initiative: ['title', 'level', 'recognizedYear', 'recognizedBy'],
};

/** Ratings, discipline records and initiatives: thin, one service call each. */
@Resolver()
export class SubjectRecordsResolver {
  @Query(() => RatingConnection, { description: 'Xếp loại hằng năm (performance ratings), của một đối tượng hoặc một năm; năm mới trước.' })
  async performanceRatings(@Args() args: SubjectRecordsArgs, @Ctx() ctx: Context) {
    return toConnection(RatingConnection, await ctx.services.subjectRecords.list(ctx.actor, PerformanceRating, args));
  }

  @Query(() => DisciplineConnection, { description: 'Bản ghi kỷ luật (discipline records), của một đối tượng hoặc một năm; năm mới trước.' })
  async disciplineRecords(@Args() args: SubjectRecordsArgs, @Ctx() ctx: Context) {
    return toConnection(DisciplineConnection, await ctx.services.subjectRecords.list(ctx.actor, DisciplineRecord, args));
  }

  @Query(() => InitiativeConnection, { description: 'Sáng kiến được công nhận (initiatives), của một đối tượng hoặc năm công nhận; năm mới trước.' })
  async initiatives(@Args() args: SubjectRecordsArgs, @Ctx() ctx: Context) {
    return toConnection(InitiativeConnection, await ctx.services.subjectRecords.list(ctx.actor, Initiative, args));
  }

  @PayloadMutation(() => RatingPayload, 'Ghi nhận xếp loại hằng năm (create performance rating); đã có xếp loại năm đó là DUPLICATE.')
  createPerformanceRating(@Arg('input', { description: 'Xếp loại.' }) input: CreatePerformanceRatingInput, @Ctx() ctx: Context) {
    return ctx.services.subjectRecords.create(ctx.actor, PerformanceRating, { ...input });
  }

  @PayloadMutation(() => RatingPayload, 'Sửa xếp loại hằng năm (update performance rating).')
  updatePerformanceRating(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdatePerformanceRatingInput, @Ctx() ctx: Context) {
    return ctx.services.subjectRecords.update(ctx.actor, PerformanceRating, input as never, FIELDS.rating);
  }

  @PayloadMutation(() => DeletePayload, 'Xóa xếp loại hằng năm (delete performance rating).')
  deletePerformanceRating(@Arg('id', () => ID, ID_ARG) id: string, @ExpectedVersionArg() expectedVersion: number | null, @Ctx() ctx: Context) {
    return ctx.services.subjectRecords.delete(ctx.actor, PerformanceRating, id, expectedVersion);
  }

  @PayloadMutation(() => DisciplinePayload, 'Ghi nhận kỷ luật (create discipline record).')
  createDisciplineRecord(@Arg('input', { description: 'Kỷ luật.' }) input: CreateDisciplineRecordInput, @Ctx() ctx: Context) {
    return ctx.services.subjectRecords.create(ctx.actor, DisciplineRecord, { ...input });
  }

  @PayloadMutation(() => DisciplinePayload, 'Sửa bản ghi kỷ luật (update discipline record).')
  updateDisciplineRecord(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateDisciplineRecordInput, @Ctx() ctx: Context) {
    return ctx.services.subjectRecords.update(ctx.actor, DisciplineRecord, input as never, FIELDS.discipline);
  }

  @PayloadMutation(() => DeletePayload, 'Xóa bản ghi kỷ luật (delete discipline record).')
  deleteDisciplineRecord(@Arg('id', () => ID, ID_ARG) id: string, @ExpectedVersionArg() expectedVersion: number | null, @Ctx() ctx: Context) {
    return ctx.services.subjectRecords.delete(ctx.actor, DisciplineRecord, id, expectedVersion);
  }

  @PayloadMutation(() => InitiativePayload, 'Ghi nhận sáng kiến được công nhận (create initiative).')
  createInitiative(@Arg('input', { description: 'Sáng kiến.' }) input: CreateInitiativeInput, @Ctx() ctx: Context) {
    return ctx.services.subjectRecords.create(ctx.actor, Initiative, { ...input });
  }

  @PayloadMutation(() => InitiativePayload, 'Sửa sáng kiến (update initiative).')
  updateInitiative(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateInitiativeInput, @Ctx() ctx: Context) {
    return ctx.services.subjectRecords.update(ctx.actor, Initiative, input as never, FIELDS.initiative);
  }

  @PayloadMutation(() => DeletePayload, 'Xóa sáng kiến (delete initiative).')
  deleteInitiative(@Arg('id', () => ID, ID_ARG) id: string, @ExpectedVersionArg() expectedVersion: number | null, @Ctx() ctx: Context) {
    return ctx.services.subjectRecords.delete(ctx.actor, Initiative, id, expectedVersion);
  }

  @PayloadMutation(() => InitiativePayload, 'Dùng sáng kiến làm căn cứ cho một khen thưởng (use initiative); đã dùng là INITIATIVE_ALREADY_USED, không ghi gì.')
  useInitiative(@Arg('input', { description: 'Sáng kiến và khen thưởng.' }) input: UseInitiativeInput, @Ctx() ctx: Context) {
    return ctx.services.subjectRecords.useInitiative(ctx.actor, input);
  }
}
