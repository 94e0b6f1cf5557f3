import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { findVisibleByGlobalId, scoped } from '../../core/auth/scope.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, requireNotNull } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate } from '../../core/graphql/list.js';
import { Household } from './household.entity.js';
import type { CreateHouseholdInput, HouseholdsArgs, UpdateHouseholdInput } from './household.inputs.js';
import { householdList } from './household.list.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';

const trimOrNull = (text: string | null | undefined) => (text == null ? text : text.trim() || null);

export class HouseholdService {
  constructor(private readonly db: DataSource) {}

  /** Households are personal data: only actors with `read:people` see them (core/auth/scope.ts). */
  get(actor: Actor, id: string): Promise<Household> {
    requireRead(actor);
    return findVisibleByGlobalId(this.db.manager, actor, Household, id);
  }

  list(actor: Actor, args: HouseholdsArgs) {
    requireRead(actor);
    return paginate(scoped(this.db.getRepository(Household).createQueryBuilder('h'), actor, Household.name), householdList, args);
  }

  create(actor: Actor, input: CreateHouseholdInput): Promise<Household> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      if (!input.name.trim()) problems.add('name', 'REQUIRED');
      problems.throwIfAny();
      return em.save(
        em.create(Household, {
          name: input.name.trim(),
          headName: trimOrNull(input.headName) ?? null,
          address: trimOrNull(input.address) ?? null,
          area: trimOrNull(input.area) ?? null,
        }),
      );
    });
  }

  update(actor: Actor, input: UpdateHouseholdInput): Promise<Household> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const household = await loadForUpdate(em, Household, input, problems);
      requireNotNull(input, ['name'], problems);
      if (input.name != null && !input.name.trim()) problems.add('name', 'REQUIRED');
      problems.throwIfAny();
      const patch = { name: input.name?.trim(), headName: trimOrNull(input.headName), address: trimOrNull(input.address), area: trimOrNull(input.area) };
      applyPatch(household, patch as Partial<Household>, ['name', 'headName', 'address', 'area']);
      return em.save(household);
    });
  }

  /** IN_USE while a commendation names the household. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const household = await loadForDelete(em, Household, id, expectedVersion, new Problems());
      await removeRecords(em, Household, { id: household.id });
      return id;
    });
  }
}
