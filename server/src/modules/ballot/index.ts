import type { DataSource } from 'typeorm';
import { defineFeature } from '../../core/feature.js';
import { WorkflowService } from '../../core/workflow/workflow.service.js';
import { BallotCastService } from './ballot-cast.service.js';
import { BallotParticipation } from './ballot-participation.entity.js';
import { BallotSession } from './ballot-session.entity.js';
import { BallotCandidateResultResolver, BallotParticipationResolver, BallotSessionResolver, CovenantBallotsResolver } from './ballot-session.resolver.js';
import { BallotSessionEditService } from './ballot-session-edit.service.js';
import { BallotSessionService } from './ballot-session.service.js';
import { BallotWorkflowResolver } from './ballot-workflow.resolver.js';
import { visibleBallotParticipations, visibleBallotSessions } from './ballot.scope.js';
import { ballotWorkflow } from './ballot.workflow.js';

export { visibleBallotSessions } from './ballot.scope.js';

export const ballotResolvers = [
  BallotSessionResolver,
  BallotParticipationResolver,
  CovenantBallotsResolver,
  BallotCandidateResultResolver,
  BallotWorkflowResolver,
];
export const ballotServices = (db: DataSource) => ({
  ballotSessions: new BallotSessionService(db),
  ballotSessionEdits: new BallotSessionEditService(db),
  ballotCasts: new BallotCastService(db),
  ballotWorkflow: new WorkflowService(db, BallotSession, ballotWorkflow),
});

/**
 * The bloc's vote: sessions and who voted, seen by the bloc and the Board (ballot.scope.ts). The
 * choices are no record type: `ballot_tally` and `ballot_choice` are written by raw SQL only, so
 * they are never Nodes nor in the event log (ballot-cast.service.ts).
 */
export const ballotFeature = defineFeature({
  name: 'ballot',
  resolvers: ballotResolvers,
  services: ballotServices,
  records: [
    { entity: BallotSession, scope: (actor, alias) => visibleBallotSessions(actor, `${alias}.bloc_id`) },
    { entity: BallotParticipation, scope: visibleBallotParticipations },
  ],
});
