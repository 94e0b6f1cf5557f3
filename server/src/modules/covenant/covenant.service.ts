import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireBlocWrite, requireRead, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, findByGlobalId, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate } from '../../core/graphql/list.js';
import { Bloc } from '../bloc/entities.js';
import { Event } from '../event/entities.js';
import { Movement } from '../movement/entities.js';
import { CovenantSignature } from './covenant-signature.entity.js';
import { Covenant } from './covenant.entity.js';
import type { CovenantsArgs, CreateCovenantInput, SetCovenantSigningEventInput, UpdateCovenantInput } from './covenant.inputs.js';
import { covenantList } from './covenant.list.js';
import { covenantWorkflow } from './covenant.workflow.js';
import { LINKS, replaceLinks, resolveRefs } from './covenant.refs.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';

export class CovenantService {
  constructor(private readonly db: DataSource) {}

  get(actor: Actor, id: string): Promise<Covenant> {
    requireRead(actor);
    return findByGlobalId(this.db.manager, Covenant, id);
  }

  list(actor: Actor, args: CovenantsArgs) {
    requireRead(actor);
    return paginate(this.db.getRepository(Covenant).createQueryBuilder('c'), covenantList, args);
  }

  /** One covenant per bloc and year: a second one is a DUPLICATE at `year`. */
  create(actor: Actor, input: CreateCovenantInput): Promise<Covenant> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const bloc = await resolveRef(em, Bloc, input.blocId, 'blocId', problems);
      if (bloc) requireBlocWrite(actor, bloc.id);
      const movementIds = await resolveRefs(em, Movement, input.movementIds, 'movementIds', problems);
      if (!input.title.trim()) problems.add('title', 'REQUIRED');
      problems.throwIfAny();
      const covenant = await em.save(
        em.create(Covenant, {
          blocId: bloc!.id,
          year: input.year,
          title: input.title.trim(),
          content: input.content ?? null,
          status: covenantWorkflow.initial,
          signingEventId: null,
        }),
      );
      await replaceLinks(em, LINKS.covenantMovement, covenant.id, movementIds);
      return covenant;
    });
  }

  update(actor: Actor, input: UpdateCovenantInput): Promise<Covenant> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const covenant = await loadForUpdate(em, Covenant, input, problems, { authorize: (found) => requireBlocWrite(actor, found.blocId) });
      requireNotNull(input, ['year', 'title'], problems);
      if (input.title != null && !input.title.trim()) problems.add('title', 'REQUIRED');
      if (input.year != null && input.year !== covenant.year && (await em.existsBy(CovenantSignature, { covenantId: covenant.id }))) {
        problems.add('year', 'INVALID_STATE', 'Giao ước đã có đơn vị ký, không đổi năm được.');
      }
      const movementIds = input.movementIds !== undefined ? await resolveRefs(em, Movement, input.movementIds, 'movementIds', problems) : null;
      problems.throwIfAny();
      applyPatch(covenant, { ...input, title: input.title?.trim() } as Partial<Covenant>, ['year', 'title', 'content']);
      // A change of linked movements is a change of the covenant: it bumps updatedAt and version.
      if (movementIds && (await replaceLinks(em, LINKS.covenantMovement, covenant.id, movementIds))) covenant.updatedAt = new Date();
      return em.save(covenant);
    });
  }

  /** Deletes the covenant with its criteria and signatures. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const covenant = await loadForDelete(em, Covenant, id, expectedVersion, new Problems(), { authorize: (found) => requireBlocWrite(actor, found.blocId) });
      await removeRecords(em, Covenant, { id: covenant.id });
      return id;
    });
  }

  setSigningEvent(actor: Actor, input: SetCovenantSigningEventInput): Promise<Covenant> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      // Checked as an edit of the covenant's signingEventId (the field the event log records).
      const change: { id: string; expectedVersion?: number | null; signingEventId?: string | null } = {
        id: input.covenantId,
        expectedVersion: input.expectedVersion,
        signingEventId: input.eventId ?? null,
      };
      const covenant = await loadForUpdate(em, Covenant, change, problems, { authorize: (found) => requireBlocWrite(actor, found.blocId) });
      const event = await resolveRef(em, Event, input.eventId, 'eventId', problems);
      problems.throwIfAny();
      if (change.signingEventId === undefined) return covenant; // sent as it was seen: their change stands
      covenant.signingEventId = event?.id ?? null;
      return em.save(covenant);
    });
  }
}
