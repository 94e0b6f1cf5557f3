import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import { isFinishedJob, JOB_LIMITS, JobKind } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireRead, UnauthenticatedError } from '../../core/auth/policy.js';
import { NotFoundError, Problems } from '../../core/errors.js';
import { decodeIdOf } from '../../core/graphql/global-id.js';
import type { LiveBus } from '../../core/live/bus.js';
import { PushStream } from '../../core/live/stream.js';
import { BackgroundJob, BackgroundJobResult } from './background-job.entity.js';
import type { JobRunner } from './job.runner.js';
import { announceJob, JOB_CHANNEL } from './job.sql.js';
import { checkListDocument } from './list-export.js';
import type { ListExportInput } from './list-export.input.js';

/** Jobs belong to whoever asked for them: only that account or token sees, follows, cancels and downloads them. */
export class JobService {
  private runner: JobRunner | null = null;

  constructor(private readonly db: DataSource) {}

  /** The instance's queue worker, which also sends (set when the HTTP server starts). */
  useRunner(runner: JobRunner | null): void {
    this.runner = runner;
  }

  private owner(actor: Actor): { actorKind: 'USER' | 'TOKEN'; createdById: string } {
    requireRead(actor);
    if ((actor.kind !== 'USER' && actor.kind !== 'TOKEN') || !actor.id) throw new UnauthenticatedError();
    return { actorKind: actor.kind, createdById: actor.id };
  }

  /** Queues an export of a list as the officer sees it; the file is the job's result. */
  async startListExport(actor: Actor, schema: GraphQLSchema, input: ListExportInput): Promise<BackgroundJob> {
    this.owner(actor); // who may ask at all, before the input is read
    const problems = new Problems();
    checkListDocument(schema, input.document, problems);
    input.columns.forEach((column, i) => {
      const labels = Object.values(column.labels ?? {});
      if (labels.some((l) => typeof l !== 'string' || l.length > 200) || labels.length > 500) {
        problems.add(['columns', String(i), 'labels'], 'INVALID', 'Nhãn của cột phải là chữ (tối đa 500 nhãn, mỗi nhãn 200 ký tự).');
      }
    });
    problems.throwIfAny();
    const title = `${JobKind.labels.LIST_EXPORT.vi}: ${input.title}`;
    const plain = {
      title: input.title,
      document: input.document,
      variables: input.variables ?? {},
      description: input.description ?? null,
      columns: input.columns.map((c) => ({ ...c })),
    };
    return this.queue(actor, 'LIST_EXPORT', title, plain);
  }

  private async queue(actor: Actor, kind: JobKind, title: string, input: Record<string, unknown>): Promise<BackgroundJob> {
    const runner = this.runner;
    if (!runner) throw new Error('The job queue is not started.');
    return this.db.transaction(async (em) => {
      const job = await em.save(em.create(BackgroundJob, { ...this.owner(actor), actorName: actor.name, kind, title, input, status: 'QUEUED' }));
      // The queue's row is written in this transaction: a job is queued exactly when it is saved.
      await runner.enqueue(job.id, (sql, values) => em.query(sql, values as unknown[]));
      return job;
    });
  }

  private async own(actor: Actor, globalId: string): Promise<BackgroundJob> {
    const owner = this.owner(actor);
    const id = decodeIdOf('Job', globalId);
    const job = id ? await this.db.getRepository(BackgroundJob).findOneBy({ id, ...owner }) : null;
    if (!job) throw new NotFoundError('việc chạy nền');
    return job;
  }

  get(actor: Actor, globalId: string): Promise<BackgroundJob> {
    return this.own(actor, globalId);
  }

  mine(actor: Actor, first: number = JOB_LIMITS.recentJobs): Promise<BackgroundJob[]> {
    return this.db
      .getRepository(BackgroundJob)
      .find({ where: this.owner(actor), order: { createdAt: 'DESC' }, take: Math.min(Math.max(first, 1), JOB_LIMITS.recentJobs) });
  }

  /** Stops a queued or running job; what it had done is dropped (imports commit only at their end). */
  async cancel(actor: Actor, globalId: string): Promise<BackgroundJob> {
    const job = await this.own(actor, globalId);
    // An UPDATE answers [rows, count] through TypeORM.
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      `UPDATE background_job SET status = 'CANCELLED', finished_at = now(), message = 'Đã hủy theo yêu cầu.', updated_at = now()
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
      [job.id],
    );
    if (!rows.length) {
      const problems = new Problems();
      problems.add('id', 'INVALID_STATE', 'Việc này đã kết thúc, không hủy được nữa.');
      problems.throwIfAny();
    }
    await announceJob(this.db, job.id);
    return this.db.getRepository(BackgroundJob).findOneByOrFail({ id: job.id });
  }

  /** The subscription: the job now, then again each time it changes (any instance), until the client stops. */
  async stream(actor: Actor, live: LiveBus, globalId: string): Promise<AsyncIterableIterator<BackgroundJob>> {
    const job = await this.own(actor, globalId);
    let last = job;
    const stream: PushStream<BackgroundJob> = new PushStream(() => off(), 100);
    const off = live.on(JOB_CHANNEL, (id) => {
      if (id !== job.id || isFinishedJob(last.status)) return;
      void this.db
        .getRepository(BackgroundJob)
        .findOneBy({ id })
        .then((fresh) => {
          if (!fresh || fresh.updatedAt < last.updatedAt) return;
          last = fresh;
          stream.push(fresh);
        })
        .catch((error: Error) => stream.fail(error));
    });
    stream.push(job);
    return stream;
  }

  /** A finished job's file, for `GET /jobs/:id/result`. */
  async result(actor: Actor, globalId: string): Promise<{ name: string; type: string; bytes: Buffer }> {
    const job = await this.own(actor, globalId);
    const stored = job.status === 'SUCCEEDED' ? await this.db.getRepository(BackgroundJobResult).findOneBy({ jobId: job.id }) : null;
    if (!stored) throw new NotFoundError('tệp kết quả');
    return { name: job.resultName ?? 'ket-qua', type: job.resultType ?? 'application/octet-stream', bytes: stored.bytes };
  }
}
