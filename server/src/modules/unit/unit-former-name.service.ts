import type { DataSource, EntityManager } from 'typeorm';
import { fold } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireUnitWrite, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { requireNotNull, resolveRef } from '../../core/db/refs.js';
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
      const dates = {
        usedFrom: input.usedFrom === undefined ? record.usedFrom : input.usedFrom,
        usedUntil: input.usedUntil === undefined ? record.usedUntil : input.usedUntil,
      };
      checkDates(dates, problems);
      problems.throwIfAny();
      if (input.name !== undefined) record.name = input.name.trim();
      if (input.usedFrom !== undefined) record.usedFrom = input.usedFrom;
      if (input.usedUntil !== undefined) record.usedUntil = input.usedUntil;
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
  const unit = await em.findOneByOrFail(Unit, { id: unitId });
  const names = await em.find(UnitFormerName, { where: { unitId }, order: { usedUntil: 'ASC', name: 'ASC' } });
  const formerNamesText = names.map((n) => n.name).join(' ');
  await em.query('UPDATE unit SET former_names_text = $2, search_text = $3 WHERE id = $1', [
    unitId,
    formerNamesText,
    unitSearchText({ ...unit, formerNamesText }),
  ]);
}
