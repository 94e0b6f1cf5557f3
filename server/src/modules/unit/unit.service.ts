import type { DataSource, EntityManager } from 'typeorm';
import { fold } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead, requireUnitWrite, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, findByGlobalId, loadTarget, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate } from '../../core/graphql/list.js';
import { Decision } from '../decision/entities.js';
import { UnitLineage } from './unit-lineage.entity.js';
import { Unit } from './unit.entity.js';
import type { CreateUnitInput, RecordUnitLineageInput, UnitsArgs, UpdateUnitInput } from './unit.inputs.js';
import { unitList } from './unit.list.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';
import { checkUnitName, type UnitPlace } from './unit-duplicates.js';
import { addFormerName } from './unit-former-name.service.js';
import { vietnamToday } from '../../core/dates.js';

export class UnitService {
  constructor(private readonly db: DataSource) {}

  get(actor: Actor, id: string): Promise<Unit> {
    requireRead(actor);
    return findByGlobalId(this.db.manager, Unit, id);
  }

  list(actor: Actor, args: UnitsArgs) {
    requireRead(actor);
    return paginate(this.db.getRepository(Unit).createQueryBuilder('u'), unitList, args);
  }

  create(actor: Actor, input: CreateUnitInput): Promise<Unit> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const parent = await resolveRef(em, Unit, input.parentId, 'parentId', problems);
      if (!input.allowDuplicate && !problems.any)
        await checkUnitName(em, { name: input.name, parentId: parent?.id ?? null, area: input.area ?? null }, problems);
      problems.throwIfAny();
      const unit = em.create(Unit, {
        name: input.name.trim(),
        shortName: input.shortName?.trim() || null,
        kind: input.kind,
        area: input.area?.trim() || null,
        parentId: parent?.id ?? null,
        note: input.note ?? null,
      });
      return em.save(unit);
    });
  }

  /** A unit officer edits their own unit, but not where it sits in the unit tree (the Board's call). */
  update(actor: Actor, input: UpdateUnitInput): Promise<Unit> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const unit = await loadForUpdate(em, Unit, input, problems, { authorize: (found) => requireUnitWrite(actor, found.id) });
      const before = { name: unit.name, parentId: unit.parentId, area: unit.area };
      if (input.parentId !== undefined) requirePermission(actor, 'write:domain');
      requireNotNull(input, ['name', 'kind'], problems);
      if (input.parentId !== undefined) {
        const parent = await resolveRef(em, Unit, input.parentId, 'parentId', problems);
        if (parent && (await this.isDescendant(em, parent.id, unit.id))) problems.add('parentId', 'CYCLE');
        unit.parentId = parent?.id ?? null;
      }
      if (!input.allowDuplicate && !problems.any) await this.checkRenamed(em, unit, before, input, problems);
      problems.throwIfAny();
      applyPatch(unit, input as Partial<Unit>, ['name', 'shortName', 'kind', 'area', 'note']);
      const saved = await em.save(unit);
      if (input.keepFormerName && fold(unit.name) !== fold(before.name)) {
        await addFormerName(em, saved, { name: before.name, usedUntil: input.renamedOn ?? vietnamToday(), note: 'Ghi khi đổi tên đơn vị.' }, problems);
        problems.throwIfAny();
      }
      return saved;
    });
  }

  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const unit = await loadForDelete(em, Unit, id, expectedVersion, new Problems());
      await removeRecords(em, Unit, { id: unit.id });
      return id;
    });
  }

  recordLineage(actor: Actor, input: RecordUnitLineageInput): Promise<UnitLineage> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const predecessor = await resolveRef(em, Unit, input.predecessorId, 'predecessorId', problems);
      const successor = await resolveRef(em, Unit, input.successorId, 'successorId', problems);
      const decision = await resolveRef(em, Decision, input.decisionId, 'decisionId', problems);
      if (predecessor && successor && predecessor.id === successor.id) problems.add('successorId', 'CYCLE');
      problems.throwIfAny();
      return em.save(
        em.create(UnitLineage, {
          predecessorId: predecessor!.id,
          successorId: successor!.id,
          kind: input.kind,
          effectiveOn: input.effectiveOn,
          decisionId: decision?.id ?? null,
          note: input.note ?? null,
        }),
      );
    });
  }

  deleteLineage(actor: Actor, id: string): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const lineage = await loadTarget(em, UnitLineage, id, new Problems());
      await removeRecords(em, UnitLineage, { id: lineage.id });
      return id;
    });
  }

  /** A new name, parent or area is checked for a namesake there; an unchanged one is not asked about again. */
  private async checkRenamed(em: EntityManager, unit: Unit, before: UnitPlace, input: UpdateUnitInput, problems: Problems): Promise<void> {
    const after = { name: input.name ?? before.name, parentId: unit.parentId, area: input.area === undefined ? before.area : input.area };
    const same = fold(after.name) === fold(before.name) && after.parentId === before.parentId && fold(after.area ?? '') === fold(before.area ?? '');
    if (!same) await checkUnitName(em, after, problems, unit.id);
  }

  /** True when `candidate` is `ancestor` itself or below it in the unit tree. */
  private async isDescendant(em: EntityManager, candidate: string, ancestor: string): Promise<boolean> {
    const rows: { id: string }[] = await em.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM unit WHERE id = $1
         UNION SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id)
       SELECT id FROM up WHERE id = $2 LIMIT 1`,
      [candidate, ancestor],
    );
    return rows.length > 0;
  }
}
