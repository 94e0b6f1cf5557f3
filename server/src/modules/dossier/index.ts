import type { DataSource } from 'typeorm';
import { defineFeature } from '../../core/feature.js';
import { WorkflowService } from '../../core/workflow/workflow.service.js';
import { EligibilityService } from '../eligibility/index.js';
import { DossierAggregateService } from './dossier-aggregate.service.js';
import { DossierAppraisalService } from './dossier-appraisal.service.js';
import { DossierApprovalService } from './dossier-approval.service.js';
import { DossierFlowResolver, DossierLineFlowResolver } from './dossier-flow.resolver.js';
import { DossierFromProposalsService } from './dossier-from-proposals.service.js';
import { DossierInboxResolver } from './dossier-inbox.resolver.js';
import { DossierInboxService } from './dossier-inbox.service.js';
import { DossierLine } from './dossier-line.entity.js';
import { DossierLineResolver } from './dossier-line.resolver.js';
import { DossierLineService } from './dossier-line.service.js';
import { Dossier } from './dossier.entity.js';
import { DossierResolver } from './dossier.resolver.js';
import { visibleDossierLines, visibleDossiers } from './dossier.scope.js';
import { DossierService } from './dossier.service.js';
import { DossierSpecialistService } from './dossier-specialist.service.js';
import { DossierWorkflowResolver } from './dossier-workflow.resolver.js';
import { DossierChecklistResolver } from './dossier-attachments.resolver.js';
import { dossierWorkflow } from './dossier.workflow.js';

/**
 * Nomination dossiers (hồ sơ đề nghị khen thưởng) and their lines, routed from the proposing unit
 * through the bloc or superior agency to the Board and the decision level (WORKFLOW.md §2). Seen by
 * the proposing unit, the bloc, the receiving agency and the Board's readers (dossier.scope.ts).
 * A bloc's dossier starts from its vote's proposals; the Board appraises each line and approves
 * with a Decision (dossier-approval.service.ts). Its attachments are stored files (file module, owner Dossier) checked against
 * the checklist of its awards (dossier-attachments.checklist.ts). The Board may assign one of its officers as the dossier's specialist (dossier-specialist.service.ts).
 */
export { newDossier, ownerMayEdit } from './dossier.service.js';
export { visibleDossiers } from './dossier.scope.js';

export const dossierFeature = defineFeature({
  name: 'dossier',
  resolvers: [
    DossierResolver,
    DossierLineResolver,
    DossierWorkflowResolver,
    DossierInboxResolver,
    DossierFlowResolver,
    DossierLineFlowResolver,
    DossierChecklistResolver,
  ],
  services: (db: DataSource) => {
    const workflow = new WorkflowService(db, Dossier, dossierWorkflow);
    return {
      dossiers: new DossierService(db),
      dossierLines: new DossierLineService(db),
      dossierAggregates: new DossierAggregateService(db),
      dossierInbox: new DossierInboxService(db),
      dossierWorkflow: workflow,
      dossierFromProposals: new DossierFromProposalsService(db),
      dossierAppraisals: new DossierAppraisalService(db, new EligibilityService(db)),
      dossierApprovals: new DossierApprovalService(db, workflow),
      dossierSpecialists: new DossierSpecialistService(db),
    };
  },
  records: [
    { entity: Dossier, scope: visibleDossiers },
    { entity: DossierLine, scope: visibleDossierLines },
  ],
});
