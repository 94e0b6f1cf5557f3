import type { Actor } from '../../core/actor.js';
import { seesAllPeople } from '../../core/auth/policy.js';
import { NOTHING, type Condition } from '../../core/auth/scope.js';

/**
 * A bloc's votes are seen by the bloc and the Board: everyone who sees all people (the Board's
 * readers), the bloc's own officer, and the officers of units that are members of the bloc.
 */
export function visibleBallotSessions(actor: Actor, blocIdExpr: string): Condition | null {
  if (seesAllPeople(actor)) return null;
  if (actor.kind === 'USER' && actor.role === 'BLOC_OFFICER' && actor.blocId)
    return { sql: `${blocIdExpr} = :scopeBlocId`, params: { scopeBlocId: actor.blocId } };
  if (actor.kind === 'USER' && actor.role === 'UNIT_OFFICER' && actor.unitId) {
    return {
      sql: `${blocIdExpr} IN (SELECT vis_bm.bloc_id FROM bloc_membership vis_bm WHERE vis_bm.unit_id = :scopeUnitId)`,
      params: { scopeUnitId: actor.unitId },
    };
  }
  return NOTHING;
}

/** Who voted is seen as the session is. */
export function visibleBallotParticipations(actor: Actor, alias: string): Condition | null {
  const sessions = visibleBallotSessions(actor, 'vis_bs.bloc_id');
  return sessions && { sql: `EXISTS (SELECT 1 FROM ballot_session vis_bs WHERE vis_bs.id = ${alias}.session_id AND ${sessions.sql})`, params: sessions.params };
}
