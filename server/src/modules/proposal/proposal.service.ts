import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireRead } from '../../core/auth/policy.js';
import { scoped } from '../../core/auth/scope.js';
import type { Loaders } from '../../core/graphql/loaders.js';
import { CommendationProposal } from './commendation-proposal.entity.js';

type Parent = 'covenantId' | 'sessionId' | 'dossierLineId';

/** Reads of proposals (they are written only when a ballot session closes): per covenant or session, batched per request. */
export class ProposalService {
  constructor(private readonly db: DataSource) {}

  of(actor: Actor, loaders: Loaders, parent: Parent, id: string): Promise<CommendationProposal[]> {
    requireRead(actor);
    return loaders
      .group<string, CommendationProposal>(
        `CommendationProposal.by.${parent}`,
        (ids) =>
          scoped(
            loaders.db.getRepository(CommendationProposal).createQueryBuilder('p').where(`p.${parent} IN (:...ids)`, { ids }),
            actor,
            CommendationProposal.name,
          )
            .orderBy('p.createdAt')
            .addOrderBy('p.votes', 'DESC')
            .addOrderBy('p.id')
            .getMany(),
        (p) => p[parent] ?? '',
      )
      .load(id);
  }
}
