import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { UnauthenticatedError } from '../../core/auth/policy.js';
import { ApiToken } from '../api-token/entities.js';
import { actorOfToken } from '../api-token/index.js';
import { User } from '../user/entities.js';
import { actorOfUser } from '../user/index.js';
import type { BackgroundJob } from './background-job.entity.js';

/**
 * Who a job runs as, read again when it runs: an account deactivated or a token revoked or expired
 * since the job was queued runs nothing (UNAUTHENTICATED); a changed role or scope applies.
 */
export async function actorOfJob(db: DataSource, job: Pick<BackgroundJob, 'actorKind' | 'createdById'>): Promise<Actor> {
  if (job.actorKind === 'USER') {
    const user = await db.getRepository(User).findOneBy({ id: job.createdById });
    if (user?.active) return actorOfUser(user);
  } else {
    const token = await db.getRepository(ApiToken).findOneBy({ id: job.createdById });
    if (token && !token.revokedAt && token.expiresAt.getTime() > Date.now()) return actorOfToken(token);
  }
  throw new UnauthenticatedError();
}
