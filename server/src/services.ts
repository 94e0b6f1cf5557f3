import type { DataSource } from 'typeorm';
import type { ServicesOf } from './core/feature.js';
import { NodeService } from './core/graphql/node.service.js';
import { features } from './modules/features.js';
import type { PresenceTiming } from './modules/presence/index.js';
import type { FileSettings } from './modules/file/index.js';
import type { JobTiming } from './modules/job/index.js';

/** Settings of services that tests shorten (presence expiry). */
export interface ServiceOptions {
  presence?: PresenceTiming;
  /** Which kinds of file uploads may be (the server's UPLOAD_KINDS). */
  files?: FileSettings;
  /** The job queue's timing (tests shorten expiry and polling). */
  jobs?: Partial<JobTiming>;
}

export type Services = { nodes: NodeService } & ServicesOf<typeof features>;

/** Composition root of the domain services, built once per server; each feature adds its own. */
export function buildServices(db: DataSource, options: ServiceOptions = {}): Services {
  const services: object = Object.assign({ nodes: new NodeService() }, ...features.map((feature) => feature.services(db, options)));
  return services as Services;
}
