import type { DataSource } from 'typeorm';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { DocumentTemplate } from './document-template.entity.js';
import { DocumentTemplateResolver } from './document.resolver.js';
import { DocumentService } from './document.service.js';

export { documentRoutes, type DocumentRoutesOptions } from './document.http.js';

/**
 * Documents from templates (WORKFLOW.md §4): proposal letter, achievement report, the bloc's and the
 * council's minutes, the decision with its list, as DOCX and PDF; the Board's templates, seen by
 * every reader (they hold no personal data).
 */
export const documentFeature = defineFeature({
  name: 'document',
  resolvers: [DocumentTemplateResolver],
  services: (db: DataSource) => ({ documents: new DocumentService(db) }),
  records: [{ entity: DocumentTemplate, scope: UNSCOPED }],
});
