import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { can, canWriteUnit, ForbiddenError, requireRead, requireUnitWrite, requireWrite } from '../../core/auth/policy.js';
import { findVisibleByGlobalId, loadVisibleTarget, resolveVisibleRef, scoped } from '../../core/auth/scope.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate } from '../../core/graphql/list.js';
import { Unit } from '../unit/entities.js';
import { PersonAffiliation } from './person-affiliation.entity.js';
import { Person } from './person.entity.js';
import type { AddPersonAffiliationInput, CreatePersonInput, EndPersonAffiliationInput, PeopleArgs, UpdatePersonInput } from './person.inputs.js';
import { personList } from './person.list.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';

const trimOrNull = (text: string | null | undefined) => text?.trim() || null;

interface Period {
  startedOn: string | null;
  endedOn: string | null;
}

export class PersonService {
  constructor(private readonly db: DataSource) {}

  /** People out of the actor's scope (core/auth/scope.ts) are NOT_FOUND, as if they did not exist. */
  get(actor: Actor, id: string): Promise<Person> {
    requireRead(actor);
    return findVisibleByGlobalId(this.db.manager, actor, Person, id);
  }

  list(actor: Actor, args: PeopleArgs) {
    requireRead(actor);
    return paginate(scoped(this.db.getRepository(Person).createQueryBuilder('p'), actor, Person.name), personList, args);
  }

  /** A unit officer creates people only with a first affiliation at their own unit. */
  create(actor: Actor, input: CreatePersonInput): Promise<Person> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      if (!input.fullName.trim()) problems.add('fullName', 'REQUIRED');
      const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
      if (unit || input.unitId == null) requireUnitWrite(actor, unit?.id);
      // Position and start date describe the first affiliation, which needs a unit.
      if (input.unitId == null && (trimOrNull(input.position) || input.startedOn)) problems.add('unitId', 'REQUIRED');
      problems.throwIfAny();
      const person = await em.save(
        em.create(Person, { fullName: input.fullName.trim(), gender: input.gender ?? null, birthYear: input.birthYear ?? null, note: input.note ?? null }),
      );
      if (unit) {
        await em.save(
          em.create(PersonAffiliation, {
            personId: person.id,
            unitId: unit.id,
            position: trimOrNull(input.position),
            startedOn: input.startedOn ?? null,
            endedOn: null,
          }),
        );
      }
      return person;
    });
  }

  update(actor: Actor, input: UpdatePersonInput): Promise<Person> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const person = await loadForUpdate(em, Person, input, problems, { viewer: actor, authorize: (found) => requirePersonWrite(em, actor, found.id, false) });
      requireNotNull(input, ['fullName'], problems);
      if (input.fullName != null && !input.fullName.trim()) problems.add('fullName', 'REQUIRED');
      problems.throwIfAny();
      applyPatch(person, { ...input, fullName: input.fullName?.trim() } as Partial<Person>, ['fullName', 'gender', 'birthYear', 'note']);
      return em.save(person);
    });
  }

  /** Deletes a person with their affiliations; IN_USE while a commendation names them. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const person = await loadForDelete(em, Person, id, expectedVersion, new Problems(), {
        viewer: actor,
        authorize: (found) => requirePersonWrite(em, actor, found.id, true),
      });
      await removeRecords(em, Person, { id: person.id });
      return id;
    });
  }

  /** Records that a person works (or worked) at a unit; periods at the same unit may not overlap. */
  addAffiliation(actor: Actor, input: AddPersonAffiliationInput): Promise<PersonAffiliation> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const person = await resolveVisibleRef(em, actor, Person, input.personId, 'personId', problems);
      const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
      if (unit) requireUnitWrite(actor, unit.id);
      const period = { startedOn: input.startedOn ?? null, endedOn: input.endedOn ?? null };
      checkOrder(period, problems);
      if (person && unit && !problems.any && (await this.overlaps(em, person.id, unit.id, period))) {
        problems.add('unitId', 'DUPLICATE', 'Cá nhân đã có quá trình công tác tại đơn vị này trong giai đoạn này.');
      }
      problems.throwIfAny();
      return em.save(em.create(PersonAffiliation, { personId: person!.id, unitId: unit!.id, position: trimOrNull(input.position), ...period }));
    });
  }

  /** Closes a current affiliation (transfer, retirement); an ended one is INVALID_STATE. */
  endAffiliation(actor: Actor, input: EndPersonAffiliationInput): Promise<PersonAffiliation> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const affiliation = await loadVisibleTarget(em, actor, PersonAffiliation, input.id, problems);
      requireUnitWrite(actor, affiliation.unitId);
      if (affiliation.endedOn !== null) problems.add('id', 'INVALID_STATE', 'Quá trình công tác này đã kết thúc.');
      checkOrder({ startedOn: affiliation.startedOn, endedOn: input.endedOn }, problems);
      problems.throwIfAny();
      affiliation.endedOn = input.endedOn;
      return em.save(affiliation);
    });
  }

  deleteAffiliation(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const affiliation = await loadForDelete(em, PersonAffiliation, id, expectedVersion, new Problems(), {
        viewer: actor,
        authorize: (found) => requireUnitWrite(actor, found.unitId),
      });
      await removeRecords(em, PersonAffiliation, { id: affiliation.id });
      return id;
    });
  }

  /** True when the person already has a period at the unit that shares a day with `period` (open ends are unbounded). */
  private async overlaps(em: EntityManager, personId: string, unitId: string, period: Period): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM person_affiliation
        WHERE person_id = $1 AND unit_id = $2
          AND daterange(started_on, ended_on, '[]') && daterange($3::date, $4::date, '[]')
        LIMIT 1`,
      [personId, unitId, period.startedOn, period.endedOn],
    );
    return rows.length > 0;
  }
}

/**
 * A unit officer changes the people who currently work at their unit; deleting someone (with
 * their whole history) also needs that history to lie at their unit only. Otherwise FORBIDDEN.
 */
async function requirePersonWrite(em: EntityManager, actor: Actor, personId: string, wholeHistory: boolean): Promise<void> {
  if (can(actor, 'write:domain')) return;
  const affiliations = await em.findBy(PersonAffiliation, { personId });
  const current = affiliations.some((a) => a.endedOn === null && canWriteUnit(actor, a.unitId));
  if (!current || (wholeHistory && !affiliations.every((a) => canWriteUnit(actor, a.unitId)))) throw new ForbiddenError();
}

function checkOrder(period: Period, problems: Problems): void {
  if (period.startedOn && period.endedOn && period.endedOn < period.startedOn) {
    problems.add('endedOn', 'OUT_OF_RANGE', 'Ngày kết thúc không được trước ngày bắt đầu.');
  }
}
