import type { DataSource } from 'typeorm';
import { BackgroundJob } from '../../modules/job/entities.js';
import { buildUser, READERS, type Who } from '../authorization.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import type { MutationCase, QueryCase } from './run.js';

/** A job of somebody else (a fresh analyst's): no caller finds it, administrators included. */
async function othersJob(db: DataSource): Promise<string> {
  const owner = await buildUser(db, 'ANALYST');
  const job = await db.manager.save(
    db.manager.create(BackgroundJob, {
      kind: 'LIST_EXPORT',
      status: 'QUEUED',
      title: 'Xuất danh sách ra Excel: Đơn vị',
      input: {},
      actorKind: 'USER',
      createdById: owner.id,
      actorName: owner.username,
    }),
  );
  return toGlobalId('Job', job.id);
}

const UNITS = `query($first: Int, $after: String) { units(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { name } } }`;
const NOBODY_ELSE = Object.fromEntries(READERS.map((who) => [who, 'NOT_FOUND' as const]));

/**
 * Jobs belong to whoever asked for them. Exporting what one may read is a read: every signed-in caller
 * may. Jobs are no records and the fingerprint leaves their tables out (their writes go on in the
 * background); modules/job tests what a job writes and that nothing is queued on a refusal.
 */
export const jobMutations: Record<string, MutationCase> = {
  startListExport: {
    allow: READERS,
    writes: false,
    arrange: async () => ({ input: { title: 'Đơn vị', document: UNITS, columns: [{ header: 'Tên đơn vị', path: 'name' }] } }),
  },
  cancelJob: { allow: [], deny: NOBODY_ELSE, arrange: async (db) => ({ id: await othersJob(db) }) },
};

export const jobQueries: Record<string, QueryCase> = {
  job: {
    field: 'job',
    expect: (who: Who) => (who === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND'),
    arrange: async (db) => ({ query: 'query($id: ID!) { job(id: $id) { status } }', variables: { id: await othersJob(db) } }),
  },
  myJobs: { field: 'myJobs', expect: (who: Who) => (who === 'anonymous' ? 'UNAUTHENTICATED' : 'ok'), arrange: async () => ({ query: '{ myJobs { id } }' }) },
};
