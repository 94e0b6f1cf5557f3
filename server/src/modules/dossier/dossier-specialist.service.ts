import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireWrite } from '../../core/auth/policy.js';
import { resolveRef } from '../../core/db/refs.js';
import { loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { User } from '../user/entities.js';
import type { AssignDossierSpecialistInput } from './dossier-flow.inputs.js';
import { Dossier } from './dossier.entity.js';

/** Where the Board holds a dossier and may hand it to one of its officers. */
const AT_BOARD: readonly Dossier['status'][] = ['RECEIVED', 'FORWARDED', 'RETURNED_FOR_REVIEW'];

/**
 * The Board hands a dossier it holds to one of its officers (LPM "chuyển chuyên viên xử lý"); from
 * then on only that officer (and the administrator) takes the Board's steps on it (dossier.who.ts).
 * Unassigning gives it back to every Board officer.
 */
export class DossierSpecialistService {
  constructor(private readonly db: DataSource) {}

  assign(actor: Actor, input: AssignDossierSpecialistInput): Promise<Dossier> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const sent = { id: input.dossierId, expectedVersion: input.expectedVersion, specialistId: input.specialistId ?? null };
      const dossier = await loadForUpdate(em, Dossier, sent, problems, { viewer: actor, authorize: () => requirePermission(actor, 'write:domain') });
      if (dossier.currentLevel !== 'BOARD' || !AT_BOARD.includes(dossier.status))
        problems.add('dossierId', 'INVALID_STATE', 'Chỉ phân công chuyên viên cho hồ sơ Ban đang giữ (đã tiếp nhận, đã chuyển hoặc bị trả lại xét duyệt).');
      const specialist = input.specialistId ? await resolveRef(em, User, input.specialistId, 'specialistId', problems) : null;
      if (specialist && (!specialist.active || !['BOARD_OFFICER', 'ADMIN'].includes(specialist.role)))
        problems.add('specialistId', 'INVALID', 'Chỉ phân công tài khoản cán bộ của Ban đang hoạt động.');
      problems.throwIfAny();
      dossier.specialistId = specialist?.id ?? null;
      return em.save(dossier);
    });
  }
}
