import { DEFAULT_CERTIFICATE_LAYOUT } from '@thidua/shared';
import { DOMAIN } from '../authorization.js';
import { gid } from '../builders.js';
import { buildAwardType } from '../../modules/award-type/award-type.builders.js';
import { DocumentTemplate } from '../../modules/document/entities.js';
import type { MutationCase, QueryCase } from './run.js';

let saves = 0;

/** The Board keeps the document templates; every reader sees them (they hold no personal data). */
export const documentMutations: Record<string, MutationCase> = {
  saveDocumentTemplate: {
    allow: DOMAIN,
    arrange: async (db) => {
      // One template per kind: the run edits the one an earlier run saved, or saves the first.
      const existing = await db.manager.findOneBy(DocumentTemplate, { kind: 'COUNCIL_MINUTES' });
      if (!existing) await db.manager.save(db.manager.create(DocumentTemplate, { kind: 'COUNCIL_MINUTES', body: '# BIÊN BẢN\n{title}' }));
      return { input: { kind: 'COUNCIL_MINUTES', body: `# BIÊN BẢN HỌP\n{title}, lần ${++saves}` } };
    },
    versionedBy: 'Keyed by kind (created on first save); its version check is tested in modules/document/document-template.test.ts.',
  },
  saveCertificateLayout: {
    allow: DOMAIN,
    arrange: async (db) => ({
      input: {
        awardTypeId: gid(await buildAwardType(db)),
        pageWidth: 420,
        pageHeight: 297,
        fields: DEFAULT_CERTIFICATE_LAYOUT.fields.map((f) => ({ ...f, align: f.align.toUpperCase(), top: f.top + 1 })),
      },
    }),
    versionedBy: 'Keyed by award type (created on first save); its version check is tested in modules/document/certificate.test.ts.',
  },
};

export const documentQueries: Record<string, QueryCase> = {
  documentTemplates: {
    field: 'documentTemplates',
    expect: (who) => (who === 'anonymous' ? 'UNAUTHENTICATED' : 'ok'),
    arrange: async () => ({ query: '{ documentTemplates { kind body template { version } } }' }),
  },
};
