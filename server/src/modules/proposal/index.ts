import type { DataSource } from 'typeorm';
import { defineFeature } from '../../core/feature.js';
import { visibleBallotSessions } from '../ballot/index.js';
import { CommendationProposal } from './commendation-proposal.entity.js';
import { BallotSessionProposalsResolver, CommendationProposalResolver, CovenantProposalsResolver, DossierLineProposalResolver } from './proposal.resolver.js';
import { ProposalService } from './proposal.service.js';

export const proposalResolvers = [CommendationProposalResolver, CovenantProposalsResolver, BallotSessionProposalsResolver, DossierLineProposalResolver];
export const proposalServices = (db: DataSource) => ({ proposals: new ProposalService(db) });

/**
 * Commendation proposals: what a bloc's closed ballots propose (the leading unit's flag, Certificates
 * of Merit). Seen as the bloc's ballot sessions are: the bloc and the Board.
 */
export const proposalFeature = defineFeature({
  name: 'proposal',
  resolvers: proposalResolvers,
  services: proposalServices,
  records: [{ entity: CommendationProposal, scope: (actor, alias) => visibleBallotSessions(actor, `${alias}.bloc_id`) }],
});
