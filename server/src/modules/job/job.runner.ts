import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { JobKind } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { AppError, UserErrors } from '../../core/errors.js';
import { BackgroundJob, BackgroundJobResult } from './background-job.entity.js';
import { actorOfJob } from './job.actor.js';
import { announceJob, JOB_QUEUE, JOB_SCHEMA } from './job.sql.js';

export interface JobProgress {
  /** Records how far the job is; throws `JobCancelled` once the job was cancelled. */
  (done: number, total?: number | null, message?: string | null): Promise<void>;
}

export interface JobRun {
  job: BackgroundJob;
  actor: Actor;
  progress: JobProgress;
}

export interface JobOutcome {
  result?: { name: string; type: string; bytes: Buffer };
  message?: string;
}

export type JobHandler = (run: JobRun) => Promise<JobOutcome>;

export interface JobTiming {
  /** How often an idle worker asks the queue (seconds). */
  pollSeconds: number;
  /** A running job not finished by then (its server died) is handed out again (seconds). */
  expireSeconds: number;
  /** How many times a job whose server died is run again. */
  retryLimit: number;
  /** Progress is written at most this often (ms); the last step always is. */
  progressMs: number;
}

export const DEFAULT_JOB_TIMING: JobTiming = { pollSeconds: 1, expireSeconds: 15 * 60, retryLimit: 2, progressMs: 250 };

/** Thrown out of `progress` once the job was cancelled: the handler stops, nothing is kept. */
export class JobCancelled extends Error {}

/**
 * This instance's worker of the job queue (pg-boss on PostgreSQL). The queue carries a job's id;
 * the row (`background_job`) carries its state, progress and result. pg-boss hands each queued
 * job to one worker across all instances (SKIP LOCKED) and hands it out again once it expires, so a
 * job whose server was killed runs again after a restart; handlers keep their writes in one
 * transaction, so a killed run leaves nothing behind.
 */
export class JobRunner {
  private boss: PgBoss | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly url: string,
    private readonly handlers: Partial<Record<JobKind, JobHandler>>,
    readonly timing: JobTiming = DEFAULT_JOB_TIMING,
  ) {}

  async start(): Promise<void> {
    // The schema is made by our migrations (JobQueue); a newer pg-boss migrates it here.
    const boss = new PgBoss({ connectionString: this.url, schema: JOB_SCHEMA, migrate: true, schedule: false, max: 3, application_name: 'thidua-jobs' });
    boss.on('error', (error) => console.error('Hàng đợi việc nền (job queue):', error.message));
    await boss.start();
    await boss.work<{ jobId: string }>(JOB_QUEUE, { batchSize: 1, pollingIntervalSeconds: this.timing.pollSeconds }, async ([queued]) => {
      if (queued) await this.run(queued.data.jobId);
    });
    this.boss = boss;
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 5_000 });
  }

  /** Queues a job already saved (status QUEUED), in the transaction that saved it when `query` is given. */
  async enqueue(jobId: string, query?: (sql: string, values?: unknown[]) => Promise<unknown>): Promise<void> {
    const db = query ? { executeSql: async (text: string, values?: unknown[]) => ({ rows: (await query(text, values)) as unknown[] }) } : undefined;
    await this.sender().send(
      JOB_QUEUE,
      { jobId },
      {
        retryLimit: this.timing.retryLimit,
        expireInSeconds: this.timing.expireSeconds,
        ...(db ? { db } : {}),
      },
    );
  }

  private sender(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not started.');
    return this.boss;
  }

  /** Runs one job: claims the row, runs its handler as its actor, keeps its outcome. */
  async run(jobId: string): Promise<void> {
    const [claimed] = await this.db.query<[{ id: string }[], number]>(
      `UPDATE background_job SET status = 'RUNNING', attempts = attempts + 1, started_at = now(), done = 0, message = NULL, updated_at = now()
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
      [jobId],
    );
    if (!claimed.length) return;
    const job = await this.db.getRepository(BackgroundJob).findOneByOrFail({ id: jobId });
    await announceJob(this.db, jobId);
    const handler = this.handlers[job.kind];
    try {
      if (!handler) throw new AppError('BAD_USER_INPUT', `Loại việc ${job.kind} không còn được hỗ trợ.`);
      const actor = await actorOfJob(this.db, job);
      const outcome = await handler({ job, actor, progress: this.progressOf(job) });
      await this.finish(job, outcome);
    } catch (error) {
      if (error instanceof JobCancelled) return;
      const known = knownFailure(error);
      if (!known && job.attempts <= this.timing.retryLimit) {
        // Unexpected: pg-boss runs it again (a later attempt may find the database back).
        await this.fail(jobId, 'INTERNAL_SERVER_ERROR', 'Lỗi khi chạy, đang thử lại…', false);
        throw error;
      }
      if (!known) console.error(`Việc nền ${jobId} thất bại (job failed):`, error);
      await this.fail(jobId, known?.code ?? 'INTERNAL_SERVER_ERROR', known?.message ?? 'Lỗi máy chủ khi chạy việc này.', true);
    }
  }

  private progressOf(job: BackgroundJob): JobProgress {
    let last = 0;
    return async (done, total, message) => {
      const now = Date.now();
      const final = total != null && done >= total;
      if (!final && now - last < this.timing.progressMs) return;
      last = now;
      const [rows] = await this.db.query<[{ status: string }[], number]>(
        `UPDATE background_job SET done = $2, total = COALESCE($3, total), message = COALESCE($4, message), updated_at = now()
         WHERE id = $1 RETURNING status`,
        [job.id, done, total ?? null, message ?? null],
      );
      if (rows[0]?.status !== 'RUNNING') throw new JobCancelled();
      await announceJob(this.db, job.id);
    };
  }

  private async finish(job: BackgroundJob, outcome: JobOutcome): Promise<void> {
    await this.db.transaction(async (em) => {
      const rows = await em.query<{ id: string }[]>(`SELECT id FROM background_job WHERE id = $1 AND status = 'RUNNING' FOR UPDATE`, [job.id]);
      if (!rows.length) return; // cancelled meanwhile: the result is dropped
      if (outcome.result) await em.insert(BackgroundJobResult, { jobId: job.id, bytes: outcome.result.bytes });
      await em.update(BackgroundJob, job.id, {
        status: 'SUCCEEDED',
        finishedAt: new Date(),
        message: outcome.message ?? null,
        resultName: outcome.result?.name ?? null,
        resultType: outcome.result?.type ?? null,
        resultSize: outcome.result?.bytes.length ?? null,
      });
    });
    await announceJob(this.db, job.id);
  }

  private async fail(jobId: string, code: string, message: string, final: boolean): Promise<void> {
    await this.db.query(
      `UPDATE background_job SET status = $2, error_code = $3, message = $4, finished_at = CASE WHEN $5 THEN now() END, updated_at = now()
       WHERE id = $1 AND status = 'RUNNING'`,
      [jobId, final ? 'FAILED' : 'RUNNING', code, message, final],
    );
    await announceJob(this.db, jobId);
  }
}

/** A failure the user can act on: its code and Vietnamese message are kept on the job; never retried. */
function knownFailure(error: unknown): { code: string; message: string } | null {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  if (error instanceof UserErrors) return { code: error.errors[0]?.code ?? 'BAD_USER_INPUT', message: error.errors.map((e) => e.message).join(' ') };
  return null;
}
