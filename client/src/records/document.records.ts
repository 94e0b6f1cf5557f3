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
  CertificateLayout: {
    label: l('Bố cục phôi', 'Certificate layout'),
    plural: l('Bố cục phôi', 'Certificate layouts'),
    logged: true,
    historyFields: {
      pageWidth: l('Chiều rộng trang (mm)', 'Page width (mm)'),
      pageHeight: l('Chiều cao trang (mm)', 'Page height (mm)'),
      fields: l('Vị trí các trường', 'Field positions'),
    },
    formats: { fields: (value) => (Array.isArray(value) ? `${value.length} trường` : undefined) },
  },
} satisfies Record<string, RecordTypeEntry>;
