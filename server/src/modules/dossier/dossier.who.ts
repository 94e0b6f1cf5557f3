import { DOSSIER_EDITABLE } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { can, canWriteBloc, canWriteUnit } from '../../core/auth/policy.js';
import type { Dossier } from './dossier.entity.js';

type Route = Pick<Dossier, 'originLevel' | 'currentLevel' | 'proposingUnitId' | 'blocId' | 'receiverUnitId'> & { specialistId?: string | null };

/**
 * Who acts for a dossier at a level: a unit level by its unit's officer, a bloc by its officer, the
 * Board and above by the Board (write:domain; the Board is also the decision level's office for
 * now). The Board may act at every level, as everywhere in the policy.
 */
export function actsAt(actor: Actor, dossier: Route, level: Dossier['currentLevel']): boolean {
  switch (level) {
    case 'UNIT':
      return canWriteUnit(actor, dossier.proposingUnitId);
    case 'SUPERIOR_AGENCY':
      return canWriteUnit(actor, dossier.receiverUnitId);
    case 'BLOC':
      return canWriteBloc(actor, dossier.blocId);
    case 'BOARD':
      return can(actor, 'write:domain') && isAssignee(actor, dossier);
    default:
      return can(actor, 'write:domain');
  }
}

/**
 * Once the Board assigned a specialist (dossier-specialist.service.ts), only they take the Board's
 * steps among its officers; the administrator and partner apps writing for the Board still may.
 */
const isAssignee = (actor: Actor, dossier: Route): boolean =>
  !dossier.specialistId || actor.kind !== 'USER' || actor.role === 'ADMIN' || actor.id === dossier.specialistId;

/** The owner (who composes, edits and submits it): the level that made it. */
export const isOwner = (actor: Actor, dossier: Route): boolean =>
  dossier.originLevel === 'SUPERIOR_AGENCY' ? canWriteUnit(actor, dossier.proposingUnitId) : actsAt(actor, dossier, dossier.originLevel);

/** Whoever holds the dossier now and must handle it (the receiving office). */
export const isHolder = (actor: Actor, dossier: Route): boolean =>
  dossier.currentLevel === dossier.originLevel ? isOwner(actor, dossier) : actsAt(actor, dossier, dossier.currentLevel);

export const isEditable = (dossier: Pick<Dossier, 'status'>): boolean => DOSSIER_EDITABLE.includes(dossier.status);
