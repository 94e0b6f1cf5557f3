import type { EntityManager } from 'typeorm';
import type { DocumentKind } from '@thidua/shared';
import type { Actor } from '../../../core/actor.js';
import type { DocumentData } from '../document.model.js';

/** One kind of document: the template shipped in code and how a record fills it (the record as the actor may see it). */
export interface DocumentKindSpec {
  kind: DocumentKind;
  defaultTemplate: string;
  load(em: EntityManager, actor: Actor, recordId: string): Promise<DocumentData>;
}
