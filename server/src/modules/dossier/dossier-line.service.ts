import type { DataSource, EntityManager } from 'typeorm';
import type { SubjectKind } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireWrite } from '../../core/auth/policy.js';
import { loadVisibleTarget, resolveVisibleRef } from '../../core/auth/scope.js';
import { removeRecords } from '../../core/changes/remove.js';
import { applyPatch, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { AwardType } from '../award-type/entities.js';
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
      const dossier = await loadVisibleTarget(em, actor, Dossier, input.dossierId, problems);
      await em.query(`SELECT 1 FROM dossier WHERE id = $1 FOR UPDATE`, [dossier.id]);
      ownerMayEdit(actor, dossier, problems);
      const subject = await resolveSubject(em, actor, input, problems);
      const awardType = await resolveRef(em, AwardType, input.awardTypeId, 'awardTypeId', problems);
      if (subject && awardType && !awardType.subjectKinds.includes(subject.subjectKind)) problems.add('awardTypeId', 'SUBJECT_KIND_MISMATCH');
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
      const line = await loadForUpdate(em, DossierLine, input, problems, { viewer: actor, authorize: (found) => this.mayEdit(em, actor, found) });
      requireNotNull(input, ['awardTypeId', 'position', 'included'], problems);
      const awardType = input.awardTypeId ? await resolveRef(em, AwardType, input.awardTypeId, 'awardTypeId', problems) : null;
      if (awardType && !awardType.subjectKinds.includes(line.subjectKind)) problems.add('awardTypeId', 'SUBJECT_KIND_MISMATCH');
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
        authorize: (found) => this.mayEdit(em, actor, found),
      });
      await removeRecords(em, DossierLine, { id: line.id });
      return id;
    });
  }

  private async mayEdit(em: EntityManager, actor: Actor, line: DossierLine): Promise<void> {
    const dossier = await em
      .getRepository(Dossier)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :id', { id: line.dossierId })
      .getOneOrFail();
    ownerMayEdit(actor, dossier, new Problems());
  }
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
