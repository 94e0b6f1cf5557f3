import type { DataSource } from 'typeorm';
import { defineFeature } from '../../core/feature.js';
import { WorkflowService } from '../../core/workflow/workflow.service.js';
import { DossierAggregateService } from './dossier-aggregate.service.js';
import { DossierInboxResolver } from './dossier-inbox.resolver.js';
import { DossierInboxService } from './dossier-inbox.service.js';
import { DossierLine } from './dossier-line.entity.js';
import { DossierLineResolver } from './dossier-line.resolver.js';
import { DossierLineService } from './dossier-line.service.js';
import { Dossier } from './dossier.entity.js';
import { DossierResolver } from './dossier.resolver.js';
import { visibleDossierLines, visibleDossiers } from './dossier.scope.js';
import { DossierService } from './dossier.service.js';
import { DossierWorkflowResolver } from './dossier-workflow.resolver.js';
import { dossierWorkflow } from './dossier.workflow.js';

/**
 * Nomination dossiers (hồ sơ đề nghị khen thưởng) and their lines, routed from the proposing unit
 * through the bloc or superior agency to the Board and the decision level (WORKFLOW.md §2). Seen by
 * the proposing unit, the bloc, the receiving agency and the Board's readers (dossier.scope.ts).
 * Still to come: attachments (the file feature), creation from bloc proposals, appraisal results
 * per line, specialist assignment, and approval with a Decision (the AWARD step).
 */
export const dossierFeature = defineFeature({
  name: 'dossier',
  resolvers: [DossierResolver, DossierLineResolver, DossierWorkflowResolver, DossierInboxResolver],
  services: (db: DataSource) => ({
    dossiers: new DossierService(db),
    dossierLines: new DossierLineService(db),
    dossierAggregates: new DossierAggregateService(db),
    dossierInbox: new DossierInboxService(db),
    dossierWorkflow: new WorkflowService(db, Dossier, dossierWorkflow),
  }),
  records: [
    { entity: Dossier, scope: visibleDossiers },
    { entity: DossierLine, scope: visibleDossierLines },
  ],
});
