import type { Actor } from '../../core/actor.js';
import { can, seesAllPeople } from '../../core/auth/policy.js';
import { NOTHING, type Condition } from '../../core/auth/scope.js';

/**
 * Who sees which dossiers: the Board's readers and writers (and analysts, read-only) all of them;
 * a bloc officer those of their bloc (sent to it or made by it); a unit officer those its unit
 * proposes or receives as superior agency. Lines list people, so they follow their dossier.
 */
export function visibleDossiers(actor: Actor, alias: string): Condition | null {
  if (seesAllPeople(actor)) return null;
  if (actor.kind === 'USER' && actor.role === 'BLOC_OFFICER' && actor.blocId)
    return { sql: `${alias}.bloc_id = :scopeBlocId`, params: { scopeBlocId: actor.blocId } };
  if (actor.kind === 'USER' && actor.role === 'UNIT_OFFICER' && actor.unitId) {
    return { sql: `(${alias}.proposing_unit_id = :scopeUnitId OR ${alias}.receiver_unit_id = :scopeUnitId)`, params: { scopeUnitId: actor.unitId } };
  }
  return NOTHING;
}

export function visibleDossierLines(actor: Actor, alias: string): Condition | null {
  const dossiers = visibleDossiers(actor, 'vis_d');
  return dossiers && { sql: `EXISTS (SELECT 1 FROM dossier vis_d WHERE vis_d.id = ${alias}.dossier_id AND ${dossiers.sql})`, params: dossiers.params };
}

const OPEN = `'SUBMITTED', 'RECEIVED', 'FORWARDED', 'AWAITING_DECISION', 'RETURNED_FOR_REVIEW'`;

/**
 * The dossiers waiting on the viewer (Hồ sơ chờ xử lý): those sent to their level and not yet
 * passed on, and their own dossiers that were returned. Readers who act at no level wait on none.
 */
export function waitingOn(actor: Actor, alias: string): Condition {
  const open = `${alias}.status IN (${OPEN})`;
  const returned = `${alias}.status = 'RETURNED'`;
  if (can(actor, 'write:domain')) {
    return {
      sql: `((${open} AND ${alias}.current_level IN ('BOARD', 'COUNCIL', 'AUTHORITY')) OR (${returned} AND ${alias}.origin_level = 'BOARD'))`,
      params: {},
    };
  }
  if (actor.kind === 'USER' && actor.role === 'BLOC_OFFICER' && actor.blocId) {
    return { sql: `(${alias}.bloc_id = :inboxBlocId AND ${alias}.current_level = 'BLOC' AND (${open} OR ${returned}))`, params: { inboxBlocId: actor.blocId } };
  }
  if (actor.kind === 'USER' && actor.role === 'UNIT_OFFICER' && actor.unitId) {
    return {
      sql: `((${open} AND ${alias}.current_level = 'SUPERIOR_AGENCY' AND ${alias}.receiver_unit_id = :inboxUnitId) OR (${returned} AND ${alias}.proposing_unit_id = :inboxUnitId AND ${alias}.origin_level IN ('UNIT', 'SUPERIOR_AGENCY')))`,
      params: { inboxUnitId: actor.unitId },
    };
  }
  return NOTHING;
}
