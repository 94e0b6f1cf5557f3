import { DocumentKind, type Label } from '@thidua/shared';
import type { RecordTypeEntry } from './registry';

const l = (vi: string, en: string): Label => ({ vi, en });

/** The Board's document templates (page /document-templates, one per kind of document). */
export const DOCUMENT_RECORDS = {
  DocumentTemplate: {
    label: l('Mẫu văn bản', 'Document template'),
    plural: l('Mẫu văn bản', 'Document templates'),
    logged: true,
    page: '/document-templates',
    listFields: ['documentTemplates'],
    historyFields: { kind: l('Loại văn bản', 'Kind'), body: l('Nội dung mẫu', 'Template') },
    vocabularies: { kind: DocumentKind },
  },
} satisfies Record<string, RecordTypeEntry>;
