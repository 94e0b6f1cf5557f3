import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
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
