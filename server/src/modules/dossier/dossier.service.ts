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

type NewDossierFields = Pick<
  Dossier,
  'kind' | 'year' | 'title' | 'originLevel' | 'proposingUnitId' | 'blocId' | 'movementId' | 'covenantId' | 'currentLevel' | 'holderUnitId'
> & {
  content?: string | null;
  receiverUnitId?: string | null;
  receiverLevel?: Dossier['receiverLevel'];
  proposalNumber?: string | null;
  proposalDate?: string | null;
  proposalSigner?: string | null;
};

/**
 * A new dossier (not yet saved) with the next code, in the workflow's first state, sent by default to
 * the Board, with no specialist, due date, merge or decision yet; blank proposal fields are null.
 */
export async function newDossier(em: EntityManager, fields: NewDossierFields): Promise<Dossier> {
  return em.create(Dossier, {
    code: await nextDossierCode(em, fields.year),
    ...fields,
    content: fields.content ?? null,
    receiverUnitId: fields.receiverUnitId ?? null,
    receiverLevel: fields.receiverLevel ?? 'BOARD',
    proposalNumber: fields.proposalNumber || null,
    proposalDate: fields.proposalDate ?? null,
    proposalSigner: fields.proposalSigner || null,
    status: dossierWorkflow.initial,
    specialistId: null,
    dueOn: null,
    mergedIntoId: null,
    decisionId: null,
  });
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
        await newDossier(em, {
          kind: input.kind,
          year: input.year,
          title: input.title,
          content: input.content,
          originLevel: 'UNIT',
          proposingUnitId: unit!.id,
          blocId: bloc?.id ?? null,
          receiverUnitId: receiver?.id ?? null,
          receiverLevel,
          movementId: movement?.id ?? null,
          covenantId: covenant?.id ?? null,
          proposalNumber: input.proposalNumber,
          proposalDate: input.proposalDate,
          proposalSigner: input.proposalSigner,
          currentLevel: 'UNIT',
          holderUnitId: unit!.id,
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
      const sources = await em.findBy(Dossier, { mergedIntoId: dossier.id });
      await em.save(sources.map((source) => Object.assign(source, { status: 'RECEIVED', mergedIntoId: null })));
      // Proposals taken into it are proposed again, so a new dossier may take them.
      const proposals = await em.findBy(CommendationProposal, { dossierId: dossier.id });
      await em.save(proposals.map((proposal) => Object.assign(proposal, { status: 'PROPOSED', dossierId: null, dossierLineId: null })));
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
