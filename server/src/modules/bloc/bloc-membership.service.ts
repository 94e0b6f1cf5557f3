import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireBlocWrite, requirePermission, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { loadForDelete } from '../../core/db/versions.js';
import { decodeIdOf } from '../../core/graphql/global-id.js';
import { removeRecords } from '../../core/changes/remove.js';
import { Unit } from '../unit/entities.js';
import { BlocMembership } from './bloc-membership.entity.js';
import type { AddBlocMemberInput, EndBlocMembershipInput } from './bloc-year.inputs.js';
import { Bloc } from './bloc.entity.js';
import { findOverlap, lockBloc, yearsWithRoles } from './bloc.repository.js';

const period = (m: { fromYear: number; toYear: number | null }) => (m.toYear == null ? `từ năm ${m.fromYear}` : `${m.fromYear}–${m.toYear}`);

/**
 * Who belongs to a bloc, over time. A unit has at most one membership of a bloc in any year,
 * and a membership cannot shrink away from years in which the unit holds a role in the bloc.
 */
export class BlocMembershipService {
  constructor(private readonly db: DataSource) {}

  add(actor: Actor, input: AddBlocMemberInput): Promise<BlocMembership> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const bloc = await resolveRef(em, Bloc, input.blocId, 'blocId', problems);
      // A new member widens the bloc's scope (its officer would read the unit's people): the Board's call.
      if (bloc) requirePermission(actor, 'write:domain');
      const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
      const toYear = input.toYear ?? null;
      if (toYear != null && toYear < input.fromYear) problems.add('toYear', 'OUT_OF_RANGE', 'Năm kết thúc không được trước năm bắt đầu.');
      problems.throwIfAny();
      await lockBloc(em, bloc!.id);
      const overlap = await findOverlap(em, { blocId: bloc!.id, unitId: unit!.id, from: input.fromYear, to: toYear });
      if (overlap) problems.add('unitId', 'ALREADY_MEMBER', `Đơn vị đã là thành viên của khối (${period(overlap)}), trùng giai đoạn này.`);
      problems.throwIfAny();
      return em.save(em.create(BlocMembership, { blocId: bloc!.id, unitId: unit!.id, fromYear: input.fromYear, toYear, note: input.note ?? null }));
    });
  }

  /** Sets the last year of a membership; it may also move an earlier end year later. */
  end(actor: Actor, input: EndBlocMembershipInput): Promise<BlocMembership> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const membership = await this.loadLocked(em, input.membershipId, 'membershipId', problems);
      requireBlocWrite(actor, membership.blocId);
      const { toYear } = input;
      // Moving an end year later widens the bloc's scope over the unit: the Board's call; ending earlier is the bloc's.
      if (membership.toYear != null && toYear > membership.toYear) requirePermission(actor, 'write:domain');
      if (toYear < membership.fromYear) {
        problems.add('toYear', 'OUT_OF_RANGE', `Năm kết thúc không được trước năm bắt đầu (${membership.fromYear}).`);
        problems.throwIfAny();
      }
      if (membership.toYear != null && toYear > membership.toYear) {
        const overlap = await findOverlap(em, {
          blocId: membership.blocId,
          unitId: membership.unitId,
          from: membership.fromYear,
          to: toYear,
          exceptId: membership.id,
        });
        if (overlap) problems.add('toYear', 'ALREADY_MEMBER', `Đơn vị có tư cách thành viên khác (${period(overlap)}) trùng giai đoạn này.`);
      } else {
        const lost = await yearsWithRoles(em, membership.blocId, membership.unitId, toYear + 1, membership.toYear);
        if (lost.length) problems.add('toYear', 'IN_USE', rolesMessage(lost));
      }
      problems.throwIfAny();
      membership.toYear = toYear;
      return em.save(membership);
    });
  }

  remove(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      // The bloc first (as every membership change locks it), then the row and its version.
      const rowId = decodeIdOf('BlocMembership', id);
      const found = rowId ? await em.findOneBy(BlocMembership, { id: rowId }) : null;
      if (found) await lockBloc(em, found.blocId);
      const membership = await loadForDelete(em, BlocMembership, id, expectedVersion, problems, { authorize: (m) => requireBlocWrite(actor, m.blocId) });
      const years = await yearsWithRoles(em, membership.blocId, membership.unitId, membership.fromYear, membership.toYear);
      if (years.length) problems.add('id', 'IN_USE', rolesMessage(years));
      problems.throwIfAny();
      await removeRecords(em, BlocMembership, { id: membership.id });
      return id;
    });
  }

  /** Resolves the membership, locks its bloc, then reads it again so the checks see the latest row. */
  private async loadLocked(em: EntityManager, globalId: string, field: string, problems: Problems): Promise<BlocMembership> {
    const found = await resolveRef(em, BlocMembership, globalId, field, problems);
    problems.throwIfAny();
    await lockBloc(em, found!.blocId);
    const membership = await em.findOneBy(BlocMembership, { id: found!.id });
    if (!membership) problems.add(field, 'NOT_FOUND');
    problems.throwIfAny();
    return membership!;
  }
}

function rolesMessage(years: number[]): string {
  return `Đơn vị là trưởng khối, phó khối hoặc dẫn đầu khối năm ${years.join(', ')}; hãy bỏ các vai trò đó trước.`;
}
