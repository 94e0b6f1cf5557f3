import type { DataSource, EntityManager } from 'typeorm';
import { fold } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireUnitWrite, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';
import { removeRecords } from '../../core/changes/remove.js';
import { write } from '../../core/db/write.js';
import { UnitFormerName } from './unit-former-name.entity.js';
import type { AddUnitFormerNameInput, UpdateUnitFormerNameInput } from './unit-former-name.inputs.js';
import { Unit, unitSearchText } from './unit.entity.js';

/**
 * Former names of a unit: who may edit the unit may edit them. Each change refreshes the unit's
 * searchable text (without a new version of the unit: its own fields did not change).
 */
export class UnitFormerNameService {
  constructor(private readonly db: DataSource) {}

  add(actor: Actor, input: AddUnitFormerNameInput): Promise<UnitFormerName> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
      problems.throwIfAny();
      requireUnitWrite(actor, unit!.id);
      const record = await addFormerName(em, unit!, input, problems);
      problems.throwIfAny();
      return record!;
    });
  }

  update(actor: Actor, input: UpdateUnitFormerNameInput): Promise<UnitFormerName> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const record = await loadForUpdate(em, UnitFormerName, input, problems, { authorize: (found) => requireUnitWrite(actor, found.unitId) });
      requireNotNull(input, ['name'], problems);
      applyPatch(record, input as Partial<UnitFormerName>, ['usedFrom', 'usedUntil']);
      checkDates(record, problems);
      problems.throwIfAny();
      if (input.name !== undefined) record.name = input.name.trim();
      if (input.note !== undefined) record.note = input.note?.trim() || null;
      const saved = await em.save(record);
      await refreshUnitSearch(em, saved.unitId);
      return saved;
    });
  }

  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const record = await loadForDelete(em, UnitFormerName, id, expectedVersion, new Problems(), {
        authorize: (found) => requireUnitWrite(actor, found.unitId),
      });
      await removeRecords(em, UnitFormerName, { id: record.id });
      await refreshUnitSearch(em, record.unitId);
      return id;
    });
  }
}

/** Adds a former name to a unit in the caller's transaction (the unit service's rename uses it too); null with problems when refused. */
export async function addFormerName(
  em: EntityManager,
  unit: Unit,
  input: { name: string; usedFrom?: string | null; usedUntil?: string | null; note?: string | null },
  problems: Problems,
): Promise<UnitFormerName | null> {
  const name = input.name.trim();
  if (fold(name) === fold(unit.name)) problems.add('name', 'INVALID', 'Tên gọi trước đây trùng với tên hiện nay của đơn vị.');
  const known = await em.findBy(UnitFormerName, { unitId: unit.id });
  if (known.some((k) => fold(k.name) === fold(name))) problems.add('name', 'DUPLICATE', 'Đơn vị đã có tên gọi trước đây này.');
  checkDates(input, problems);
  if (problems.any) return null;
  const record = await em.save(
    em.create(UnitFormerName, {
      unitId: unit.id,
      name,
      usedFrom: input.usedFrom ?? null,
      usedUntil: input.usedUntil ?? null,
      note: input.note?.trim() || null,
    }),
  );
  await refreshUnitSearch(em, unit.id);
  return record;
}

function checkDates(input: { usedFrom?: string | null; usedUntil?: string | null }, problems: Problems): void {
  if (input.usedFrom && input.usedUntil && input.usedFrom > input.usedUntil) problems.add('usedUntil', 'INVALID', 'Ngày dùng đến phải sau ngày dùng từ.');
}

async function refreshUnitSearch(em: EntityManager, unitId: string): Promise<void> {
  // The unit's names and its former names (oldest first), in one read.
  const [row]: { name: string; short_name: string | null; former: string }[] = await em.query(
    `SELECT u.name, u.short_name, COALESCE(string_agg(n.name, ' ' ORDER BY n.used_until ASC NULLS LAST, n.name), '') AS former
     FROM unit u LEFT JOIN unit_former_name n ON n.unit_id = u.id WHERE u.id = $1 GROUP BY u.id`,
    [unitId],
  );
  const search = unitSearchText({ name: row!.name, shortName: row!.short_name, formerNamesText: row!.former });
  await em.query('UPDATE unit SET former_names_text = $2, search_text = $3 WHERE id = $1', [unitId, row!.former, search]);
}
