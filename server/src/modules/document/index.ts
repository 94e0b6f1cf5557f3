import type { DataSource } from 'typeorm';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { CertificateLayout } from './certificate-layout.entity.js';
import { AwardTypeCertificateResolver, CertificateLayoutResolver } from './certificate.resolver.js';
import { CertificateService } from './certificate.service.js';
import { DocumentTemplate } from './document-template.entity.js';
import { DocumentTemplateResolver } from './document.resolver.js';
import { DocumentService } from './document.service.js';

export { documentRoutes } from './document.http.js';

/**
 * Documents from templates (WORKFLOW.md §4): proposal letter, achievement report, the bloc's and the
 * council's minutes, the decision with its list, as DOCX and PDF; certificates printed onto
 * pre-printed blanks at the positions of each award type's layout. The Board's templates and
 * layouts are seen by every reader (they hold no personal data).
 */
export const documentFeature = defineFeature({
  name: 'document',
  resolvers: [DocumentTemplateResolver, AwardTypeCertificateResolver, CertificateLayoutResolver],
  services: (db: DataSource) => ({ documents: new DocumentService(db), certificates: new CertificateService(db) }),
  records: [
    { entity: DocumentTemplate, scope: UNSCOPED },
    { entity: CertificateLayout, scope: UNSCOPED },
  ],
});
