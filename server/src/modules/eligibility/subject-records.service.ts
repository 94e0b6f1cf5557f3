import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { findVisible, scoped } from '../../core/auth/scope.js';
import { removeRecords } from '../../core/changes/remove.js';
import { Problems } from '../../core/errors.js';
import { fromGlobalId, toGlobalId } from '../../core/graphql/global-id.js';
import { paginate, type ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { applyPatch, resolveRef } from '../../core/db/refs.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { Commendation } from '../commendation/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { DisciplineRecord } from './discipline-record.entity.js';
import { Initiative } from './initiative.entity.js';
import { PerformanceRating } from './performance-rating.entity.js';
import type { SubjectRecord } from './subject-record.entity.js';
import type { SubjectRecordsArgs } from './subject-records.inputs.js';

type Kind = typeof PerformanceRating | typeof DisciplineRecord | typeof Initiative;
const spec = (year: string): ListSpec<SubjectRecord & { year?: number; recognizedYear?: number }> => ({
  alias: 's',
  fields: {},
  orders: { YEAR: { expr: `s.${year}`, value: (r) => r.year ?? r.recognizedYear } },
  defaultOrder: [{ field: 'YEAR', direction: OrderDirection.DESC }],
});

/**
 * The facts the eligibility engine reads besides awards: yearly ratings, discipline records and
 * initiatives, each of one unit or person. They are the Board's records (`write:domain`); a
 * person's are personal data, scoped like the person. Each initiative backs one award only.
 */
export class SubjectRecordsService {
  constructor(private readonly db: DataSource) {}

  list<E extends Kind>(actor: Actor, entity: E, args: SubjectRecordsArgs) {
    requireRead(actor);
    const year = entity === Initiative ? 'recognizedYear' : 'year';
    const qb = scoped(this.db.getRepository<SubjectRecord>(entity).createQueryBuilder('s'), actor, entity.name);
    if (args.subjectId) {
      const ref = fromGlobalId(args.subjectId);
      const column = ref?.type === Person.name ? 'person_id' : ref?.type === Unit.name ? 'unit_id' : null;
      qb.andWhere(column ? `s.${column} = :sid` : 'FALSE', { sid: ref?.id });
    }
    if (args.year != null) qb.andWhere(`s.${year} = :year`, { year: args.year });
    return paginate(qb, spec(year) as ListSpec<SubjectRecord>, args);
  }

  create<E extends Kind>(actor: Actor, entity: E, input: { subjectId: string } & Record<string, unknown>): Promise<InstanceType<E>> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const subject = await this.subject(em, actor, input.subjectId, problems);
      const { subjectId: _omit, ...values } = input;
      const row = em.create(entity as Kind, { ...values, ...subject } as object) as InstanceType<E>;
      await this.checkUnique(em, row, problems);
      problems.throwIfAny();
      return em.save(row);
    });
  }

  update<E extends Kind>(
    actor: Actor,
    entity: E,
    input: { id: string; expectedVersion?: number | null } & Record<string, unknown>,
    fields: string[],
  ): Promise<InstanceType<E>> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const row = (await loadForUpdate(em, entity as Kind, input, problems, { viewer: actor })) as InstanceType<E>;
      applyPatch(row as unknown as Record<string, unknown>, input, fields);
      await this.checkUnique(em, row, problems);
      problems.throwIfAny();
      return em.save(row);
    });
  }

  delete(actor: Actor, entity: Kind, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const row = await loadForDelete(em, entity, id, expectedVersion, new Problems(), { viewer: actor });
      await removeRecords(em, entity, { id: row.id });
      return id;
    });
  }

  /** Marks an initiative as the basis of one commendation of its subject; a second use is refused. */
  useInitiative(actor: Actor, input: { id: string; commendationId: string; expectedVersion?: number | null }): Promise<Initiative> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const initiative = await loadForUpdate(em, Initiative, { id: input.id, expectedVersion: input.expectedVersion }, problems, { viewer: actor });
      const commendation = await resolveRef(em, Commendation, input.commendationId, 'commendationId', problems);
      problems.throwIfAny();
      if (initiative.usedForId) {
        problems.add(
          'id',
          'INITIATIVE_ALREADY_USED',
          `Sáng kiến "${initiative.title}" đã được dùng cho một khen thưởng khác; mỗi sáng kiến chỉ làm căn cứ cho một khen thưởng.`,
          toGlobalId(Commendation.name, initiative.usedForId),
        );
      } else if (commendation!.personId !== initiative.personId || commendation!.unitId !== initiative.unitId) {
        problems.add('commendationId', 'INVALID', 'Khen thưởng này không phải của tác giả sáng kiến.');
      }
      problems.throwIfAny();
      initiative.usedForId = commendation!.id;
      return em.save(initiative);
    });
  }

  /** A unit or a person the actor may see; anything else is NOT_FOUND at `subjectId`. */
  private async subject(em: EntityManager, actor: Actor, globalId: string, problems: Problems): Promise<{ unitId: string | null; personId: string | null }> {
    const ref = fromGlobalId(globalId);
    if (ref?.type === Unit.name && (await findVisible(em, actor, Unit, ref.id))) return { unitId: ref.id, personId: null };
    if (ref?.type === Person.name && (await findVisible(em, actor, Person, ref.id))) return { unitId: null, personId: ref.id };
    problems.add('subjectId', 'NOT_FOUND', 'Không tìm thấy đơn vị hoặc cá nhân với mã này.');
    return { unitId: null, personId: null };
  }

  /** One rating per subject and year (the unique indexes back this up). */
  private async checkUnique(em: EntityManager, row: object, problems: Problems): Promise<void> {
    if (!(row instanceof PerformanceRating) || problems.any) return;
    const qb = em.getRepository(PerformanceRating).createQueryBuilder('r').where('r.year = :year', { year: row.year });
    qb.andWhere(row.personId ? 'r.person_id = :sid' : 'r.unit_id = :sid', { sid: row.personId ?? row.unitId });
    if (row.id) qb.andWhere('r.id <> :id', { id: row.id });
    const taken = await qb.getOne();
    if (taken) problems.add('year', 'DUPLICATE', `Đối tượng đã có xếp loại năm ${row.year}.`, toGlobalId(PerformanceRating.name, taken.id));
  }
}
