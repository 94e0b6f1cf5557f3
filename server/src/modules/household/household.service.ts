import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, findByGlobalId, loadTarget, requireNotNull } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { paginate } from '../../core/graphql/list.js';
import { Household } from './household.entity.js';
import type { CreateHouseholdInput, HouseholdsArgs, UpdateHouseholdInput } from './household.inputs.js';
import { householdList } from './household.list.js';

const trimOrNull = (text: string | null | undefined) => (text == null ? text : text.trim() || null);

export class HouseholdService {
  constructor(private readonly db: DataSource) {}

  get(_actor: Actor, id: string): Promise<Household> {
    return findByGlobalId(this.db.manager, Household, id);
  }

  list(_actor: Actor, args: HouseholdsArgs) {
    return paginate(this.db.getRepository(Household).createQueryBuilder('h'), householdList, args);
  }

  create(_actor: Actor, input: CreateHouseholdInput): Promise<Household> {
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

  update(_actor: Actor, input: UpdateHouseholdInput): Promise<Household> {
    return write(this.db, async (em) => {
      const problems = new Problems();
      const household = await loadTarget(em, Household, input.id, problems);
      requireNotNull(input, ['name'], problems);
      if (input.name != null && !input.name.trim()) problems.add('name', 'REQUIRED');
      problems.throwIfAny();
      const patch = { name: input.name?.trim(), headName: trimOrNull(input.headName), address: trimOrNull(input.address), area: trimOrNull(input.area) };
      applyPatch(household, patch as Partial<Household>, ['name', 'headName', 'address', 'area']);
      return em.save(household);
    });
  }

  /** IN_USE while a commendation names the household. */
  delete(_actor: Actor, id: string): Promise<string> {
    return write(this.db, async (em) => {
      const household = await loadTarget(em, Household, id, new Problems());
      await em.delete(Household, { id: household.id });
      return id;
    });
  }
}
