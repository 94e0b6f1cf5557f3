import { defineFeature } from '../../core/feature.js';
import { BackgroundJob, BackgroundJobResult } from './background-job.entity.js';
import { JobResolver } from './job.resolver.js';
import { JobService } from './job.service.js';

export { JobRunner, DEFAULT_JOB_TIMING, type JobTiming, type JobHandler } from './job.runner.js';
export { listExportHandler } from './list-export.js';
export { jobRoutes } from './job.http.js';

/** Background jobs: the queue (pg-boss), the job rows with progress, list exports. */
export const jobFeature = defineFeature({
  name: 'job',
  resolvers: [JobResolver],
  services: (db) => ({ jobs: new JobService(db) }),
  records: [],
  tables: [BackgroundJob, BackgroundJobResult],
});
