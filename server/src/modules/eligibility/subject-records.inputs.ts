import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { LIMITS, type DisciplineForm, type InitiativeLevel, type PerformanceRatingLevel } from '@thidua/shared';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { VersionedUpdate } from '../../core/db/versions.js';
import { MaxLen, Required, Year } from '../../core/validation.js';
import { DisciplineFormEnum, InitiativeLevelEnum, PerformanceRatingLevelEnum } from './eligibility.enums.js';

@ArgsType()
export class SubjectRecordsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Chỉ của đối tượng này (subject ID): một đơn vị hoặc cá nhân.' }) subjectId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Chỉ năm này (year).' }) @IsOptional() @Year() year?: number | null;
}

@InputType({ description: 'Ghi nhận xếp loại hằng năm (create performance rating).' })
export class CreatePerformanceRatingInput {
  @Field(() => ID, { description: 'Đối tượng (subject ID): đơn vị hoặc cá nhân.' }) subjectId!: string;
  @Field(() => Int, { description: 'Năm (year).' }) @Year() year!: number;
  @Field(() => PerformanceRatingLevelEnum, { description: 'Mức xếp loại (rating).' }) rating!: PerformanceRatingLevel;
  @Field(() => String, { nullable: true, description: 'Ghi chú, căn cứ (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}

@InputType({ description: 'Sửa xếp loại hằng năm (update performance rating).' })
export class UpdatePerformanceRatingInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã bản ghi (id).' }) id!: string;
  @Field(() => PerformanceRatingLevelEnum, { nullable: true, description: 'Mức xếp loại (rating).' }) rating?: PerformanceRatingLevel;
  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}

@InputType({ description: 'Ghi nhận kỷ luật (create discipline record).' })
export class CreateDisciplineRecordInput {
  @Field(() => ID, { description: 'Đối tượng (subject ID): đơn vị hoặc cá nhân.' }) subjectId!: string;
  @Field(() => Int, { description: 'Năm (year).' }) @Year() year!: number;
  @Field(() => DisciplineFormEnum, { description: 'Hình thức (form).' }) form!: DisciplineForm;
  @Field({ description: 'Lý do (reason).' }) @Required() @MaxLen(LIMITS.textMax) reason!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày quyết định (decided on).' }) decidedOn?: string | null;
}

@InputType({ description: 'Sửa bản ghi kỷ luật (update discipline record).' })
export class UpdateDisciplineRecordInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã bản ghi (id).' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'Năm (year).' }) @IsOptional() @Year() year?: number;
  @Field(() => DisciplineFormEnum, { nullable: true, description: 'Hình thức (form).' }) form?: DisciplineForm;
  @Field(() => String, { nullable: true, description: 'Lý do (reason).' }) @IsOptional() @Required() @MaxLen(LIMITS.textMax) reason?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày quyết định (decided on).' }) decidedOn?: string | null;
}

@InputType({ description: 'Ghi nhận sáng kiến được công nhận (create initiative).' })
export class CreateInitiativeInput {
  @Field(() => ID, { description: 'Tác giả (subject ID): cá nhân hoặc đơn vị.' }) subjectId!: string;
  @Field({ description: 'Tên sáng kiến (title).' }) @Required() @MaxLen(LIMITS.textMax) title!: string;
  @Field(() => InitiativeLevelEnum, { description: 'Cấp công nhận (level).' }) level!: InitiativeLevel;
  @Field(() => Int, { description: 'Năm công nhận (recognized year).' }) @Year() recognizedYear!: number;
  @Field(() => String, { nullable: true, description: 'Đơn vị, hội đồng công nhận (recognized by).' }) @IsOptional() @MaxLen(300) recognizedBy?: string | null;
}

@InputType({ description: 'Sửa sáng kiến (update initiative); việc dùng sáng kiến ghi bằng useInitiative.' })
export class UpdateInitiativeInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã sáng kiến (id).' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Tên sáng kiến (title).' }) @IsOptional() @Required() @MaxLen(LIMITS.textMax) title?: string;
  @Field(() => InitiativeLevelEnum, { nullable: true, description: 'Cấp công nhận (level).' }) level?: InitiativeLevel;
  @Field(() => Int, { nullable: true, description: 'Năm công nhận (recognized year).' }) @IsOptional() @Year() recognizedYear?: number;
  @Field(() => String, { nullable: true, description: 'Đơn vị công nhận (recognized by).' }) @IsOptional() @MaxLen(300) recognizedBy?: string | null;
}

@InputType({ description: 'Dùng sáng kiến làm căn cứ cho một khen thưởng (use initiative): mỗi sáng kiến chỉ một lần; lần hai là INITIATIVE_ALREADY_USED.' })
export class UseInitiativeInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Mã sáng kiến (id).' }) id!: string;
  @Field(() => ID, { description: 'Khen thưởng dùng sáng kiến (commendation ID), của cùng đối tượng.' }) commendationId!: string;
}
