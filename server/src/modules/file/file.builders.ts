import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { DossierAttachmentKind } from '@thidua/shared';
import { StoredFile } from './stored-file.entity.js';

/** Test builder: a PDF of an assessment's evidence, saved directly. */
export function buildEvidenceFile(db: DataSource, assessmentId: string, overrides: Partial<StoredFile> = {}) {
  const content = Buffer.from('%PDF-1.4\nminh chứng\n');
  return db.manager.save(
    db.manager.create(StoredFile, {
      ownerType: 'CovenantAssessment',
      ownerId: assessmentId,
      covenantAssessmentId: assessmentId,
      purpose: 'EVIDENCE',
      name: 'Minh chứng.pdf',
      contentType: 'application/pdf',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedBy: 'Cán bộ thử',
      ...overrides,
    }),
  );
}

/** Test builder: a dossier's attachment of one kind (a PDF), saved directly. */
export function buildDossierAttachment(db: DataSource, dossierId: string, kind: DossierAttachmentKind = 'TOTRINH', overrides: Partial<StoredFile> = {}) {
  return buildEvidenceFile(db, dossierId, {
    ownerType: 'Dossier',
    ownerId: dossierId,
    covenantAssessmentId: null,
    dossierId,
    purpose: kind,
    name: `${kind}.pdf`,
    ...overrides,
  });
}

/** Test builder: every kind an award's checklist may ask for, so the dossier may be submitted. */
export async function buildDossierAttachments(db: DataSource, dossierId: string): Promise<void> {
  for (const kind of ['TOTRINH', 'BAOCAO', 'BIENBAN', 'SANGKIEN'] as const) await buildDossierAttachment(db, dossierId, kind);
}
