import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireBlocWrite, requirePermission, requireRead, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, findByGlobalId, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate } from '../../core/graphql/list.js';
import { Decision } from '../decision/entities.js';
import { Unit } from '../unit/entities.js';
import { Bloc } from './bloc.entity.js';
import type { BlocsArgs, CreateBlocInput, UpdateBlocInput } from './bloc.inputs.js';
import { blocList } from './bloc.list.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';

/** Names and codes made only of spaces pass `@Required()` but would be saved empty. */
function requireText(input: { name?: string | null; code?: string | null }, fields: ('name' | 'code')[], problems: Problems): void {
  for (const field of fields) {
    const value = input[field];
    if (typeof value === 'string' && value.length > 0 && value.trim() === '') problems.add(field, 'REQUIRED');
  }
}

/** Blocs and clusters themselves; members and yearly roles live in their own services. */
export class BlocService {
  constructor(private readonly db: DataSource) {}

  get(actor: Actor, id: string): Promise<Bloc> {
    requireRead(actor);
    return findByGlobalId(this.db.manager, Bloc, id);
  }

  list(actor: Actor, args: BlocsArgs) {
    requireRead(actor);
    return paginate(this.db.getRepository(Bloc).createQueryBuilder('b'), blocList, args);
  }

  create(actor: Actor, input: CreateBlocInput): Promise<Bloc> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      requireText(input, ['name', 'code'], problems);
      const parent = await resolveRef(em, Bloc, input.parentId, 'parentId', problems);
      const decision = await resolveRef(em, Decision, input.foundingDecisionId, 'foundingDecisionId', problems);
      const owner = await resolveRef(em, Unit, input.ownerUnitId, 'ownerUnitId', problems);
      problems.throwIfAny();
      const bloc = em.create(Bloc, {
        name: input.name.trim(),
        code: input.code.trim(),
        kind: input.kind,
        level: input.level,
        area: input.area?.trim() || null,
        parentId: parent?.id ?? null,
        foundingDecisionId: decision?.id ?? null,
        ownerUnitId: owner?.id ?? null,
        description: input.description ?? null,
      });
      return em.save(bloc);
    });
  }

  /** A bloc officer edits their own bloc, but not where it sits among blocs (the Board's call). */
  update(actor: Actor, input: UpdateBlocInput): Promise<Bloc> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const bloc = await loadForUpdate(em, Bloc, input, problems, { authorize: (found) => requireBlocWrite(actor, found.id) });
      if (input.parentId !== undefined) requirePermission(actor, 'write:domain');
      requireNotNull(input, ['name', 'code', 'kind', 'level'], problems);
      requireText(input, ['name', 'code'], problems);
      if (input.parentId !== undefined) {
        const parent = await resolveRef(em, Bloc, input.parentId, 'parentId', problems);
        if (parent && (await this.isDescendant(em, parent.id, bloc.id))) problems.add('parentId', 'CYCLE');
        bloc.parentId = parent?.id ?? null;
      }
      if (input.foundingDecisionId !== undefined) {
        const decision = await resolveRef(em, Decision, input.foundingDecisionId, 'foundingDecisionId', problems);
        bloc.foundingDecisionId = decision?.id ?? null;
      }
      if (input.ownerUnitId !== undefined) {
        const owner = await resolveRef(em, Unit, input.ownerUnitId, 'ownerUnitId', problems);
        bloc.ownerUnitId = owner?.id ?? null;
      }
      problems.throwIfAny();
      const patch = { ...input, name: input.name?.trim(), code: input.code?.trim(), area: input.area === undefined ? undefined : input.area?.trim() || null };
      applyPatch(bloc, patch as Partial<Bloc>, ['name', 'code', 'kind', 'level', 'area', 'description']);
      return em.save(bloc);
    });
  }

  /** Memberships, roles and leaders go with the bloc; covenants, commendations and child blocs keep it (IN_USE). */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const bloc = await loadForDelete(em, Bloc, id, expectedVersion, new Problems());
      await removeRecords(em, Bloc, { id: bloc.id });
      return id;
    });
  }

  /** True when `candidate` is `ancestor` itself or below it in the bloc tree. */
  private async isDescendant(em: EntityManager, candidate: string, ancestor: string): Promise<boolean> {
    const rows: { id: string }[] = await em.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM bloc WHERE id = $1
         UNION SELECT b.id, b.parent_id FROM bloc b JOIN up ON b.id = up.parent_id)
       SELECT id FROM up WHERE id = $2 LIMIT 1`,
      [candidate, ancestor],
    );
    return rows.length > 0;
  }
}
