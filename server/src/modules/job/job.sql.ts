import type { DataSource } from 'typeorm';

/** pg-boss's tables live in their own schema, made by our migrations. */
export const JOB_SCHEMA = 'pgboss';
/** The one queue every kind of job goes through (the row says what kind). */
export const JOB_QUEUE = 'thidua-jobs';
/** NOTIFY channel: a job's id each time its row changes. */
export const JOB_CHANNEL = 'thidua_job';

/** Tells every instance's subscribers that the job's row changed. */
export const announceJob = (db: DataSource, jobId: string): Promise<unknown> => db.query(`SELECT pg_notify('${JOB_CHANNEL}', $1)`, [jobId]);
