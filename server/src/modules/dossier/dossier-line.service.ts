import type { DataSource, EntityManager } from 'typeorm';
import type { SubjectKind } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireWrite } from '../../core/auth/policy.js';
import { lockVisible, resolveVisibleRef } from '../../core/auth/scope.js';
import { removeRecords } from '../../core/changes/remove.js';
import { applyPatch, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { decodeIdOf } from '../../core/graphql/global-id.js';
import { AwardType } from '../award-type/entities.js';
import { checkSubjectKind } from '../commendation/index.js';
import { Household } from '../household/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { DossierLine } from './dossier-line.entity.js';
import type { AddDossierLineInput, UpdateDossierLineInput } from './dossier-line.inputs.js';
import { Dossier } from './dossier.entity.js';
import { ownerMayEdit } from './dossier.service.js';

/** The recipients of a dossier: editable only while the dossier's owner may edit it (DRAFT, RETURNED). */
export class DossierLineService {
  constructor(private readonly db: DataSource) {}

  add(actor: Actor, input: AddDossierLineInput): Promise<DossierLine> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const dossier = await editableDossier(em, actor, decodeIdOf(Dossier.name, input.dossierId), problems);
      const subject = await resolveSubject(em, actor, input, problems);
      const awardType = await resolveRef(em, AwardType, input.awardTypeId, 'awardTypeId', problems);
      if (subject && awardType) checkSubjectKind(awardType, subject.subjectKind, ['awardTypeId'], problems);
      problems.throwIfAny();
      const [{ last }] = await em.query(`SELECT COALESCE(MAX(position), 0)::int AS last FROM dossier_line WHERE dossier_id = $1`, [dossier.id]);
      return em.save(
        em.create(DossierLine, {
          dossierId: dossier.id,
          ...subject!,
          awardTypeId: awardType!.id,
          achievement: input.achievement ?? null,
          included: input.included ?? true,
          position: last + 1,
        }),
      );
    });
  }

  update(actor: Actor, input: UpdateDossierLineInput): Promise<DossierLine> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const line = await loadForUpdate(em, DossierLine, input, problems, {
        viewer: actor,
        authorize: (found) => editableDossier(em, actor, found.dossierId, new Problems()),
      });
      requireNotNull(input, ['awardTypeId', 'position', 'included'], problems);
      const awardType = input.awardTypeId ? await resolveRef(em, AwardType, input.awardTypeId, 'awardTypeId', problems) : null;
      if (awardType) checkSubjectKind(awardType, line.subjectKind, ['awardTypeId'], problems);
      problems.throwIfAny();
      if (awardType) line.awardTypeId = awardType.id;
      applyPatch(line, input as Partial<DossierLine>, ['achievement', 'position', 'included']);
      return em.save(line);
    });
  }

  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const line = await loadForDelete(em, DossierLine, id, expectedVersion, new Problems(), {
        viewer: actor,
        authorize: (found) => editableDossier(em, actor, found.dossierId, new Problems()),
      });
      await removeRecords(em, DossierLine, { id: line.id });
      return id;
    });
  }
}

/**
 * The dossier the lines belong to, as the actor may see it and locked for the transaction (one read
 * for add, update and delete); its owner must be able to edit it.
 */
async function editableDossier(em: EntityManager, actor: Actor, id: string | null, problems: Problems): Promise<Dossier> {
  const [dossier] = id ? await lockVisible(em, actor, Dossier, [id]) : [];
  if (!dossier) problems.add('id', 'NOT_FOUND', `Không tìm thấy ${Dossier.name} với mã này.`);
  problems.throwIfAny();
  ownerMayEdit(actor, dossier!, problems);
  return dossier!;
}

type LineSubject = Pick<DossierLine, 'subjectKind' | 'unitId' | 'personId' | 'householdId'>;

/** Exactly one of unit, person, household, as the caller may see it. */
async function resolveSubject(em: EntityManager, actor: Actor, input: AddDossierLineInput, problems: Problems): Promise<LineSubject | null> {
  const given = (['unitId', 'personId', 'householdId'] as const).filter((field) => input[field] != null);
  if (given.length !== 1) {
    problems.add('unitId', given.length ? 'SUBJECT_AMBIGUOUS' : 'SUBJECT_REQUIRED');
    return null;
  }
  const none = { unitId: null, personId: null, householdId: null };
  const kinds: Record<(typeof given)[number], [SubjectKind, typeof Unit | typeof Person | typeof Household]> = {
    unitId: ['COLLECTIVE', Unit],
    personId: ['INDIVIDUAL', Person],
    householdId: ['HOUSEHOLD', Household],
  };
  const field = given[0]!;
  const [subjectKind, entity] = kinds[field];
  const row = await resolveVisibleRef<{ id: string }>(em, actor, entity, input[field], field, problems);
  return row ? { ...none, subjectKind, [field]: row.id } : null;
}
