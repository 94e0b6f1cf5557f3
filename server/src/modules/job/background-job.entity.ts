import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { JobKind, JobStatus } from '@thidua/shared';
import { JobKindEnum, JobStatusEnum } from './job.enums.js';

/**
 * One piece of long work (a list export, an import, a batch of documents): what was asked, by whom,
 * how far it got and its result. The queue (pg-boss, in PostgreSQL) carries only this row's id, so a
 * job survives a restart and runs on one instance; its progress is this row, announced on a NOTIFY
 * channel. Not a record: it has no history and is not in the event log.
 */
@ObjectType('Job', { description: 'Một việc chạy nền (background job): xuất, nhập, tạo văn bản hàng loạt; tiến độ và kết quả.' })
@Entity()
@Index(['createdById', 'createdAt'])
export class BackgroundJob {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => JobKindEnum, { description: 'Loại việc.' })
  @Column({ type: 'varchar', length: 40 })
  kind!: JobKind;

  @Field(() => JobStatusEnum, { description: 'Trạng thái: đang chờ, đang chạy, hoàn tất, thất bại, đã hủy.' })
  @Column({ type: 'varchar', length: 20, default: 'QUEUED' })
  status!: JobStatus;

  @Field({ description: 'Tên việc như người dùng thấy, ví dụ "Xuất Excel: Đơn vị".' })
  @Column({ type: 'text' })
  title!: string;

  /** What the job's handler needs (the list's query and columns…); never shown. */
  @Column({ type: 'jsonb' })
  input!: Record<string, unknown>;

  @Field(() => Int, { description: 'Số phần việc đã xong (ví dụ số dòng đã ghi).' })
  @Column({ type: 'int', default: 0 })
  done!: number;

  @Field(() => Int, { nullable: true, description: 'Tổng số phần việc, khi đã biết.' })
  @Column({ type: 'int', nullable: true })
  total!: number | null;

  @Field(() => String, { nullable: true, description: 'Thông báo tiến độ hoặc lỗi, tiếng Việt.' })
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Field(() => String, { nullable: true, description: 'Mã lỗi ổn định khi thất bại (ví dụ BAD_USER_INPUT, FORBIDDEN).' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Tên tệp kết quả (khi có).' })
  @Column({ type: 'text', nullable: true })
  resultName!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  resultType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Kích thước tệp kết quả (byte).' })
  @Column({ type: 'int', nullable: true })
  resultSize!: number | null;

  @Field(() => Int, { description: 'Số lần đã chạy (chạy lại sau khi máy chủ dừng giữa chừng).' })
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** The user or API token the job runs as (rebuilt, and checked again, when it runs). */
  @Column({ type: 'varchar', length: 10 })
  actorKind!: 'USER' | 'TOKEN';

  @Column({ type: 'uuid' })
  createdById!: string;

  @Field({ description: 'Người yêu cầu.' })
  @Column({ type: 'text' })
  actorName!: string;

  @Field(() => DateTimeResolver, { description: 'Lúc yêu cầu.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Lúc bắt đầu chạy (lần gần nhất).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Lúc kết thúc (hoàn tất, thất bại hoặc hủy).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** A job's result file, apart from the job so that listing jobs never reads the bytes. */
@Entity()
export class BackgroundJobResult {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => BackgroundJob, { onDelete: 'CASCADE' })
  @JoinColumn()
  job!: BackgroundJob;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  jobId!: string;

  @Column({ type: 'bytea' })
  bytes!: Buffer;
}
