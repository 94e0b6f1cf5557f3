import type { DataSource } from 'typeorm';
import { seesAllPeople } from '../../core/auth/policy.js';
import { NOTHING } from '../../core/auth/scope.js';
import { defineFeature } from '../../core/feature.js';
import { WorkflowService } from '../../core/workflow/workflow.service.js';
import { CouncilSession } from './council-session.entity.js';
import { CouncilAgendaItemResolver, CouncilSessionResolver, DossierLineCouncilResolver } from './council.resolver.js';
import { CouncilSessionService } from './council.service.js';
import { councilWorkflow } from './council.workflow.js';

/**
 * The Emulation and Commendation Council's sessions (Hội đồng Thi đua – Khen thưởng): members and
 * attendance, the dossier lines voted on, the counts, the results written onto the lines (which
 * approveDossier follows) and the minutes. Kept by the Board and seen by the Board's readers; a unit
 * sees the result on its own lines (DossierLine.councilResult).
 */
export const councilFeature = defineFeature({
  name: 'council',
  resolvers: [CouncilSessionResolver, CouncilAgendaItemResolver, DossierLineCouncilResolver],
  services: (db: DataSource) => ({
    councilSessions: new CouncilSessionService(db),
    councilWorkflow: new WorkflowService(db, CouncilSession, councilWorkflow),
  }),
  records: [{ entity: CouncilSession, scope: (actor) => (seesAllPeople(actor) ? null : NOTHING) }],
});
