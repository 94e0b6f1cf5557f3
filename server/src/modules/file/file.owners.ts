import type { EntityManager, EntityTarget } from 'typeorm';
import type { FilePurpose } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { canWriteBloc, canWriteUnit, seesAllPeople } from '../../core/auth/policy.js';
import { findVisible, NOTHING, type Condition } from '../../core/auth/scope.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { Covenant } from '../covenant/entities.js';
import { Dossier } from '../dossier/entities.js';
import { ownerMayEdit, visibleDossiers } from '../dossier/index.js';
import { DossierAttachmentKind } from '@thidua/shared';
import { Problems } from '../../core/errors.js';
import { CovenantAssessment } from '../scoring/entities.js';
import type { StoredFile } from './stored-file.entity.js';

type Row = { id: string };

/**
 * A record type files may belong to: its StoredFile column (a foreign key, ON DELETE CASCADE),
 * the purposes it takes, who may change its files, and which of its files a reader sees. A file
 * is never more visible than its record (downloads also ask the record's own row scope), and may
 * be less: a unit's evidence is not for the other units.
 */
export interface FileOwner<T extends Row = Row> {
  entity: EntityTarget<T> & { name: string };
  column: keyof StoredFile & `${string}Id`;
  purposes: readonly FilePurpose[];
  mayWrite(em: EntityManager, actor: Actor, record: T): Promise<boolean>;
  /** Which of its files the actor sees, as SQL on the StoredFile alias (owner_id is the record's id); null = all. */
  scope(actor: Actor, fileAlias: string): Condition | null;
}

/**
 * A unit's evidence for one criterion: changed by the unit's officer, the covenant's bloc officer
 * or the Board; seen by them and by the Board's readers (analysts, read tokens), not by other
 * units or blocs.
 */
const covenantAssessment: FileOwner<CovenantAssessment> = {
  entity: CovenantAssessment,
  column: 'covenantAssessmentId',
  purposes: ['EVIDENCE'],
  scope(actor, alias) {
    if (seesAllPeople(actor)) return null;
    if (actor.kind === 'USER' && actor.role === 'UNIT_OFFICER' && actor.unitId) {
      return {
        sql: `EXISTS (SELECT 1 FROM covenant_assessment file_ca WHERE file_ca.id = ${alias}.owner_id AND file_ca.unit_id = :fileUnitId)`,
        params: { fileUnitId: actor.unitId },
      };
    }
    if (actor.kind === 'USER' && actor.role === 'BLOC_OFFICER' && actor.blocId) {
      return {
        sql: `EXISTS (SELECT 1 FROM covenant_assessment file_ca JOIN covenant file_c ON file_c.id = file_ca.covenant_id WHERE file_ca.id = ${alias}.owner_id AND file_c.bloc_id = :fileBlocId)`,
        params: { fileBlocId: actor.blocId },
      };
    }
    return NOTHING;
  },
  async mayWrite(em, actor, assessment) {
    if (canWriteUnit(actor, assessment.unitId)) return true;
    const covenant = await em.findOneBy(Covenant, { id: assessment.covenantId });
    return canWriteBloc(actor, covenant?.blocId);
  },
};

/**
 * A nomination dossier's attachments, one purpose per kind (proposal letter, report, minutes…):
 * added and deleted by whoever may edit the dossier (its owner while DRAFT or RETURNED; a sent
 * dossier is DOSSIER_LOCKED, as for its other fields), seen by whoever sees the dossier.
 */
const dossier: FileOwner<Dossier> = {
  entity: Dossier,
  column: 'dossierId',
  purposes: DossierAttachmentKind.values,
  scope(actor, alias) {
    const dossiers = visibleDossiers(actor, 'file_d');
    return dossiers && { sql: `EXISTS (SELECT 1 FROM dossier file_d WHERE file_d.id = ${alias}.owner_id AND ${dossiers.sql})`, params: dossiers.params };
  },
  mayWrite(_em, actor, record) {
    ownerMayEdit(actor, record, new Problems());
    return Promise.resolve(true);
  },
};

export const FILE_OWNERS: Readonly<Record<string, FileOwner>> = {
  CovenantAssessment: covenantAssessment as unknown as FileOwner,
  Dossier: dossier as unknown as FileOwner,
};

export interface OwnerRef {
  type: string;
  id: string;
  owner: FileOwner;
}

/** The owner behind a global id, or null when it is no id of a type that takes files. */
export function ownerRefOf(globalId: string): OwnerRef | null {
  const decoded = fromGlobalId(globalId);
  const owner = decoded ? FILE_OWNERS[decoded.type] : undefined;
  return decoded && owner ? { type: decoded.type, id: decoded.id, owner } : null;
}

/** The owner's row if it exists and the actor sees it. */
export function visibleOwner(em: EntityManager, actor: Actor, ref: Pick<OwnerRef, 'id' | 'owner'>): Promise<Row | null> {
  return findVisible(em, actor, ref.owner.entity, ref.id);
}

/** Values of a new file's owner columns. */
export function ownerColumns(ref: OwnerRef): Partial<StoredFile> {
  return { ownerType: ref.type, ownerId: ref.id, [ref.owner.column]: ref.id };
}

/** Which files an actor sees: each owner type's rule, for the rows of that type. */
export function visibleFiles(actor: Actor, alias: string): Condition | null {
  const parts: string[] = [];
  let params: Record<string, unknown> = {};
  let scoped = false;
  for (const [type, owner] of Object.entries(FILE_OWNERS)) {
    const condition = owner.scope(actor, alias);
    if (condition) {
      scoped = true;
      params = { ...params, ...condition.params };
    }
    parts.push(condition ? `(${alias}.owner_type = '${type}' AND ${condition.sql})` : `${alias}.owner_type = '${type}'`);
  }
  return scoped ? { sql: `(${parts.join(' OR ')})`, params } : null;
}
