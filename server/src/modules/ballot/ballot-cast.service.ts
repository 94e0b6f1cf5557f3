import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { canWriteUnit, ForbiddenError, requireWrite } from '../../core/auth/policy.js';
import { findVisible } from '../../core/auth/scope.js';
import { resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { decodeIdOf } from '../../core/graphql/global-id.js';
import { Unit } from '../unit/entities.js';
import { BallotParticipation } from './ballot-participation.entity.js';
import { BallotSession } from './ballot-session.entity.js';
import type { CastBallotInput } from './ballot.inputs.js';
import { votersAmong } from './ballot.voters.js';

/**
 * Casting a ballot. Who voted and what they chose are written apart, and for a secret session
 * nothing joins them:
 * - `ballot_participation` (an entity, in the change log and the live feed): session, unit,
 *   account, paper or not, time. No choice.
 * - `ballot_tally` (no entity, written only by the raw SQL below, so never in `change_event` nor
 *   in live events): one counter row per candidate, no id of its own, no voter, no time. Every
 *   ballot rewrites *every* counter row of the session (adding 0 or 1), so even the rows' system
 *   columns (xmin, ctid) do not tell which counters a given transaction raised.
 * - open sessions also keep each choice with its voter (`ballot_choice`, by participation).
 * The session row is locked FOR SHARE: a ballot and the session's CLOSE never interleave.
 */
export class BallotCastService {
  constructor(private readonly db: DataSource) {}

  cast(actor: Actor, input: CastBallotInput): Promise<BallotSession> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const sessionId = decodeIdOf(BallotSession.name, input.sessionId);
      const visible = sessionId ? await findVisible(em, actor, BallotSession, sessionId) : null;
      const session = visible ? await em.findOne(BallotSession, { where: { id: visible.id }, lock: { mode: 'pessimistic_read' } }) : null;
      if (!session) problems.add('sessionId', 'NOT_FOUND', 'Không tìm thấy phiên bỏ phiếu.');
      const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
      problems.throwIfAny();
      // Unit officers vote for their own unit; the Board records a paper ballot for any voter.
      if (!canWriteUnit(actor, unit!.id)) throw new ForbiddenError();
      if (session!.status !== 'OPEN') problems.add('sessionId', 'BALLOT_NOT_OPEN');
      else if (!(await votersAmong(em, session!.covenantId, [unit!.id])).has(unit!.id)) problems.add('unitId', 'NOT_A_MEMBER');
      else if (await em.existsBy(BallotParticipation, { sessionId: session!.id, unitId: unit!.id })) problems.add('unitId', 'ALREADY_VOTED');
      const agreed = this.choices(session!, unit!.id, input.agreedCandidateIds, problems);
      problems.throwIfAny();

      const participation = await em.save(
        em.create(BallotParticipation, {
          sessionId: session!.id,
          unitId: unit!.id,
          voterUserId: actor.kind === 'USER' ? actor.id : null,
          paper: !canWriteUnitAsOfficer(actor, unit!.id),
        }),
      );
      try {
        await em.query(`SELECT 1 FROM ballot_tally WHERE session_id = $1 ORDER BY candidate_unit_id FOR UPDATE`, [session!.id]);
        await em.query(`UPDATE ballot_tally SET agree = agree + (candidate_unit_id = ANY($2::uuid[]))::int WHERE session_id = $1`, [session!.id, agreed]);
      } catch {
        // A failed statement's error carries its parameters (the choice): nothing of it reaches the server log.
        throw new Error('Ballot tally update failed.');
      }
      if (!session!.secret && agreed.length) {
        await em.query(`INSERT INTO ballot_choice (participation_id, candidate_unit_id) SELECT $1, unnest($2::uuid[])`, [participation.id, agreed]);
      }
      return session!;
    });
  }

  /** The agreed candidates as unit ids: on the list, no repeats, within maxChoices, self-vote as the session allows. */
  private choices(session: BallotSession, voterUnitId: string, globalIds: readonly string[], problems: Problems): string[] {
    const ids: string[] = [];
    globalIds.forEach((globalId, i) => {
      const id = decodeIdOf(Unit.name, globalId);
      const field = ['agreedCandidateIds', String(i)];
      if (!id || !session.candidateUnitIds.includes(id)) problems.add(field, 'NOT_A_CANDIDATE');
      else if (ids.includes(id)) problems.add(field, 'DUPLICATE', 'Ứng viên được chọn hai lần.');
      else if (id === voterUnitId && !session.selfVoteAllowed) problems.add(field, 'SELF_VOTE');
      else ids.push(id);
    });
    if (session.maxChoices !== null && ids.length > session.maxChoices)
      problems.add('agreedCandidateIds', 'TOO_MANY_CHOICES', `Mỗi phiếu chọn tối đa ${session.maxChoices} ứng viên.`);
    return ids;
  }
}

/** The unit's own officer (not the Board acting for it). */
function canWriteUnitAsOfficer(actor: Actor, unitId: string): boolean {
  return actor.kind === 'USER' && actor.role === 'UNIT_OFFICER' && actor.unitId === unitId;
}
