import type { DataSource } from 'typeorm';
import { WorkflowService } from '../../core/workflow/workflow.service.js';
import { BallotCastService } from './ballot-cast.service.js';
import { BallotSession } from './ballot-session.entity.js';
import { BallotCandidateResultResolver, BallotParticipationResolver, BallotSessionResolver, CovenantBallotsResolver } from './ballot-session.resolver.js';
import { BallotSessionService } from './ballot-session.service.js';
import { BallotWorkflowResolver } from './ballot-workflow.resolver.js';
import { ballotWorkflow } from './ballot.workflow.js';

export const ballotResolvers = [BallotSessionResolver, BallotParticipationResolver, CovenantBallotsResolver, BallotCandidateResultResolver, BallotWorkflowResolver];
export const ballotServices = (db: DataSource) => ({
  ballotSessions: new BallotSessionService(db),
  ballotCasts: new BallotCastService(db),
  ballotWorkflow: new WorkflowService(db, BallotSession, ballotWorkflow),
});
