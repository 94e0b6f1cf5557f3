import type { DataSource, EntityManager } from 'typeorm';
import { DOCUMENT_PLACEHOLDERS, DocumentKind, templateProblems, type DocumentFormat } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead, requireWrite } from '../../core/auth/policy.js';
import { loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { DocumentTemplate } from './document-template.entity.js';
import { fillTemplate } from './document.model.js';
import type { SaveDocumentTemplateInput } from './document.inputs.js';
import type { DocumentPlaceholder, DocumentTemplateInfo } from './document.types.js';
import { DOCUMENT_KINDS } from './kinds/index.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';

export interface RenderedDocument {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

function placeholdersOf(kind: DocumentKind): DocumentPlaceholder[] {
  const known = DOCUMENT_PLACEHOLDERS[kind];
  return [
    ...Object.entries(known.values).map(([name, description]) => ({ name, description, list: null })),
    ...Object.entries(known.lists).flatMap(([list, { fields }]) => Object.entries(fields).map(([name, description]) => ({ name, description, list }))),
  ];
}

/**
 * Documents from templates: the Board's template of each kind (or the one shipped in code), filled
 * with a record the caller may see, drawn as DOCX or PDF.
 */
export class DocumentService {
  constructor(private readonly db: DataSource) {}

  async templates(actor: Actor): Promise<DocumentTemplateInfo[]> {
    requireRead(actor);
    const saved = new Map((await this.db.getRepository(DocumentTemplate).find()).map((t) => [t.kind, t]));
    return DocumentKind.values.map((kind) => ({
      kind,
      label: DocumentKind.labels[kind].vi,
      body: saved.get(kind)?.body ?? DOCUMENT_KINDS[kind].defaultTemplate,
      defaultBody: DOCUMENT_KINDS[kind].defaultTemplate,
      template: saved.get(kind) ?? null,
      placeholders: placeholdersOf(kind),
    }));
  }

  /** The Board's: creates the kind's template the first time, then edits it against the version seen. */
  save(actor: Actor, input: SaveDocumentTemplateInput): Promise<DocumentTemplate> {
    requireWrite(actor);
    const board = () => requirePermission(actor, 'write:domain');
    board();
    return write(this.db, async (em) => {
      const problems = new Problems();
      for (const message of templateProblems(input.kind, input.body)) problems.add('body', 'TEMPLATE_INVALID', message);
      problems.throwIfAny();
      const existing = await em.getRepository(DocumentTemplate).findOneBy({ kind: input.kind });
      if (!existing) return em.save(em.create(DocumentTemplate, { kind: input.kind, body: input.body }));
      const update = { id: existing.globalId, expectedVersion: input.expectedVersion, body: input.body };
      const template = await loadForUpdate(em, DocumentTemplate, update, problems, { authorize: board });
      if (update.body !== undefined) template.body = update.body;
      return em.save(template);
    });
  }

  private async bodyOf(em: EntityManager, kind: DocumentKind): Promise<string> {
    return (await em.getRepository(DocumentTemplate).findOneBy({ kind }))?.body ?? DOCUMENT_KINDS[kind].defaultTemplate;
  }

  /** The document of `recordId` (a global id), as visible to the actor: out of scope is NOT_FOUND. */
  async render(actor: Actor, kind: DocumentKind, recordId: string, format: DocumentFormat): Promise<RenderedDocument> {
    requireRead(actor);
    const em = this.db.manager;
    const data = await DOCUMENT_KINDS[kind].load(em, actor, recordId);
    const blocks = fillTemplate(await this.bodyOf(em, kind), data);
    const bytes = format === 'pdf' ? await renderPdf(blocks, data.fileName) : await renderDocx(blocks, data.fileName);
    return { fileName: `${data.fileName}.${format}`, contentType: CONTENT_TYPES[format], bytes };
  }
}
