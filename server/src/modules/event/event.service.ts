import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, findByGlobalId, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate } from '../../core/graphql/list.js';
import { Unit } from '../unit/entities.js';
import { Event } from './event.entity.js';
import type { CreateEventInput, EventsArgs, UpdateEventInput } from './event.inputs.js';
import { eventList } from './event.list.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';

export class EventService {
  constructor(private readonly db: DataSource) {}

  get(actor: Actor, id: string): Promise<Event> {
    requireRead(actor);
    return findByGlobalId(this.db.manager, Event, id);
  }

  list(actor: Actor, args: EventsArgs) {
    requireRead(actor);
    return paginate(this.db.getRepository(Event).createQueryBuilder('e'), eventList, args);
  }

  create(actor: Actor, input: CreateEventInput): Promise<Event> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const host = await resolveRef(em, Unit, input.hostUnitId, 'hostUnitId', problems);
      if (!input.title.trim()) problems.add('title', 'REQUIRED');
      problems.throwIfAny();
      return em.save(
        em.create(Event, {
          kind: input.kind,
          title: input.title.trim(),
          heldOn: input.heldOn,
          venue: input.venue?.trim() || null,
          hostUnitId: host?.id ?? null,
          attendees: input.attendees?.trim() || null,
          description: input.description ?? null,
        }),
      );
    });
  }

  update(actor: Actor, input: UpdateEventInput): Promise<Event> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const event = await loadForUpdate(em, Event, input, problems);
      requireNotNull(input, ['kind', 'title', 'heldOn'], problems);
      if (input.title != null && !input.title.trim()) problems.add('title', 'REQUIRED');
      if (input.hostUnitId !== undefined) {
        const host = await resolveRef(em, Unit, input.hostUnitId, 'hostUnitId', problems);
        event.hostUnitId = host?.id ?? null;
      }
      problems.throwIfAny();
      applyPatch(event, { ...input, title: input.title?.trim() } as Partial<Event>, ['kind', 'title', 'heldOn', 'venue', 'attendees', 'description']);
      return em.save(event);
    });
  }

  /** Covenants signed at the event and awards presented there keep their records; the link is cleared. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const event = await loadForDelete(em, Event, id, expectedVersion, new Problems());
      await removeRecords(em, Event, { id: event.id });
      return id;
    });
  }
}
