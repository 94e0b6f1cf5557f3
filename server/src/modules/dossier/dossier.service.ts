import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { ForbiddenError, requireRead, requireUnitWrite, requireWrite } from '../../core/auth/policy.js';
import { findVisibleByGlobalId, scoped } from '../../core/auth/scope.js';
import { removeRecords } from '../../core/changes/remove.js';
import { applyPatch, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { paginate } from '../../core/graphql/list.js';
import { Bloc } from '../bloc/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Movement } from '../movement/entities.js';
import { CommendationProposal } from '../proposal/entities.js';
import { Unit } from '../unit/entities.js';
import { Dossier } from './dossier.entity.js';
import type { CreateDossierInput, DossiersArgs, UpdateDossierInput } from './dossier.inputs.js';
import { dossierList } from './dossier.list.js';
import { dossierWorkflow } from './dossier.workflow.js';
import { isEditable, isOwner } from './dossier.who.js';

/** A new dossier's code: HS-<year>-<six digits>, from one sequence (gaps allowed, never reused). */
export async function nextDossierCode(em: EntityManager, year: number): Promise<string> {
  const [{ n }] = await em.query(`SELECT nextval('dossier_code_seq')::int AS n`);
  return `HS-${year}-${String(n).padStart(6, '0')}`;
}

/** The owner may change or delete a dossier only while it has not been sent (DRAFT, RETURNED). */
export function ownerMayEdit(actor: Actor, dossier: Dossier, problems: Problems): void {
  if (!isOwner(actor, dossier)) throw new ForbiddenError();
  if (!isEditable(dossier)) problems.add('id', 'DOSSIER_LOCKED');
  problems.throwIfAny();
}

export class DossierService {
  constructor(private readonly db: DataSource) {}

  get(actor: Actor, id: string): Promise<Dossier> {
    requireRead(actor);
    return findVisibleByGlobalId(this.db.manager, actor, Dossier, id);
  }

  list(actor: Actor, args: DossiersArgs) {
    requireRead(actor);
    return paginate(scoped(this.db.getRepository(Dossier).createQueryBuilder('d'), actor, Dossier.name), dossierList, args);
  }

  /** A unit's dossier; sent on submit to its bloc, to the superior agency, or else to the Board. */
  create(actor: Actor, input: CreateDossierInput): Promise<Dossier> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const unit = await resolveRef(em, Unit, input.proposingUnitId, 'proposingUnitId', problems);
      if (unit) requireUnitWrite(actor, unit.id);
      const bloc = await resolveRef(em, Bloc, input.blocId, 'blocId', problems);
      const receiver = await resolveRef(em, Unit, input.receiverUnitId, 'receiverUnitId', problems);
      const movement = await resolveRef(em, Movement, input.movementId, 'movementId', problems);
      const covenant = await resolveRef(em, Covenant, input.covenantId, 'covenantId', problems);
      if (receiver && receiver.id === unit?.id) problems.add('receiverUnitId', 'INVALID', 'Đơn vị không gửi hồ sơ cho chính mình.');
      if (bloc && unit && !(await isMember(em, bloc.id, unit.id, input.year))) problems.add('blocId', 'NOT_A_MEMBER');
      problems.throwIfAny();
      const receiverLevel = receiver ? 'SUPERIOR_AGENCY' : bloc ? 'BLOC' : 'BOARD';
      return em.save(
        em.create(Dossier, {
          code: await nextDossierCode(em, input.year),
          kind: input.kind,
          year: input.year,
          title: input.title,
          content: input.content ?? null,
          originLevel: 'UNIT',
          proposingUnitId: unit!.id,
          blocId: bloc?.id ?? null,
          receiverUnitId: receiver?.id ?? null,
          receiverLevel,
          movementId: movement?.id ?? null,
          covenantId: covenant?.id ?? null,
          proposalNumber: input.proposalNumber || null,
          proposalDate: input.proposalDate ?? null,
          proposalSigner: input.proposalSigner || null,
          status: dossierWorkflow.initial,
          currentLevel: 'UNIT',
          holderUnitId: unit!.id,
          specialistId: null,
          dueOn: null,
          mergedIntoId: null,
        }),
      );
    });
  }

  update(actor: Actor, input: UpdateDossierInput): Promise<Dossier> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const dossier = await loadForUpdate(em, Dossier, input, problems, { viewer: actor, authorize: (found) => ownerMayEdit(actor, found, new Problems()) });
      requireNotNull(input, ['kind', 'title'], problems);
      problems.throwIfAny();
      applyPatch(dossier, input as Partial<Dossier>, ['kind', 'title', 'content', 'proposalNumber', 'proposalDate', 'proposalSigner']);
      return em.save(dossier);
    });
  }

  /** Deletes a dossier not yet sent, with its lines; the dossiers aggregated into it are received again, its proposals proposed again. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const dossier = await loadForDelete(em, Dossier, id, expectedVersion, problems, {
        viewer: actor,
        authorize: (found) => ownerMayEdit(actor, found, new Problems()),
      });
      for (const source of await em.findBy(Dossier, { mergedIntoId: dossier.id })) {
        await em.save(Object.assign(source, { status: 'RECEIVED', mergedIntoId: null }));
      }
      // Proposals taken into it are proposed again, so a new dossier may take them.
      for (const proposal of await em.findBy(CommendationProposal, { dossierId: dossier.id })) {
        await em.save(Object.assign(proposal, { status: 'PROPOSED', dossierId: null }));
      }
      await removeRecords(em, Dossier, { id: dossier.id });
      return id;
    });
  }
}

async function isMember(em: EntityManager, blocId: string, unitId: string, year: number): Promise<boolean> {
  const rows = await em.query(
    `SELECT 1 FROM bloc_membership WHERE bloc_id = $1 AND unit_id = $2 AND from_year <= $3 AND (to_year IS NULL OR to_year >= $3) LIMIT 1`,
    [blocId, unitId, year],
  );
  return rows.length > 0;
}
