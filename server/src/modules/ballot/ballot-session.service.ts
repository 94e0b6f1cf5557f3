import { BALLOT_DEFAULTS, sharePercent } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireBlocWrite, requireRead, requireWrite } from '../../core/auth/policy.js';
import { scoped } from '../../core/auth/scope.js';
import { resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import type { Loaders } from '../../core/graphql/loaders.js';
import { Covenant } from '../covenant/entities.js';
import { MEMBER_IN_COVENANT_YEAR, resolveRefs } from '../covenant/index.js';
import { Unit } from '../unit/entities.js';
import { BallotParticipation } from './ballot-participation.entity.js';
import { BallotSession } from './ballot-session.entity.js';
import type { CreateBallotSessionInput } from './ballot.inputs.js';
import { candidatesFromRanking } from './ballot.candidates.js';
import { countSession } from './ballot.count.js';
import { MEETING } from './ballot-session-edit.service.js';
import type { Tally } from './ballot.tally.js';
import { votersAmong } from './ballot.voters.js';

/** Turnout while voting: how many voters, how many voted (never what). */
export interface Turnout {
  voters: number;
  voted: number;
  percent: number;
}

/**
 * Ballot sessions: the bloc's officer or the Board creates one per purpose on a covenant, with a
 * candidate list of member units (or none: then from the covenant's ranking, ballot.candidates.ts);
 * settings left out take the purpose's shared defaults.
 * The status moves only through transitionBallotSession (ballot.workflow.ts).
 */
export class BallotSessionService {
  constructor(private readonly db: DataSource) {}

  create(actor: Actor, input: CreateBallotSessionInput): Promise<BallotSession> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const covenant = await resolveRef(em, Covenant, input.covenantId, 'covenantId', problems);
      if (covenant) requireBlocWrite(actor, covenant.blocId);
      const candidates = input.candidateIds
        ? await resolveRefs(em, Unit, input.candidateIds, 'candidateIds', problems)
        : covenant
          ? await candidatesFromRanking(em, covenant.id, input.purpose, input.candidateCount)
          : [];
      if (covenant && !input.candidateIds && !candidates.length)
        problems.add('candidateIds', 'NO_CANDIDATES', 'Bảng xếp hạng của giao ước chưa có đơn vị nào để lập danh sách bầu.');
      if (covenant && input.candidateIds) {
        const members = await votersAmong(em, covenant.id, candidates);
        candidates.forEach((id, i) => members.has(id) || problems.add(['candidateIds', String(i)], 'NOT_A_MEMBER'));
      }
      problems.throwIfAny();
      const defaults = BALLOT_DEFAULTS[input.purpose];
      const session = await em.save(
        em.create(BallotSession, {
          covenantId: covenant!.id,
          blocId: covenant!.blocId,
          title: input.title.trim(),
          purpose: input.purpose,
          secret: input.secret ?? defaults.secret,
          selfVoteAllowed: input.selfVoteAllowed ?? defaults.selfVoteAllowed,
          maxChoices: input.maxChoices === undefined || input.maxChoices === null ? defaults.maxChoices : input.maxChoices || null,
          thresholdPercent: input.thresholdPercent ?? defaults.thresholdPercent,
          thresholdBase: input.thresholdBase ?? defaults.thresholdBase,
          quorumPercent: input.quorumPercent ?? defaults.quorumPercent,
          candidateUnitIds: candidates,
          ...Object.fromEntries(MEETING.map((field) => [field, input[field] || null])),
        }),
      );
      // The counters (one per candidate) that ballots increment in place: ballot-cast.service.ts.
      await em.query(`INSERT INTO ballot_tally (session_id, candidate_unit_id) SELECT $1, unnest($2::uuid[])`, [session.id, candidates]);
      return session;
    });
  }

  /** A covenant's sessions the actor may see, oldest first, batched per request. */
  ofCovenant(actor: Actor, loaders: Loaders, covenantId: string): Promise<BallotSession[]> {
    requireRead(actor);
    return loaders
      .group<string, BallotSession>(
        'Covenant.ballotSessions',
        (ids) =>
          scoped(loaders.db.getRepository(BallotSession).createQueryBuilder('s').where('s.covenantId IN (:...ids)', { ids }), actor, BallotSession.name)
            .orderBy('s.createdAt')
            .addOrderBy('s.id')
            .getMany(),
        (s) => s.covenantId,
      )
      .load(covenantId);
  }

  /** Which units voted and when (never what), oldest first. */
  participations(actor: Actor, loaders: Loaders, sessionId: string): Promise<BallotParticipation[]> {
    requireRead(actor);
    return loaders
      .group<string, BallotParticipation>(
        'BallotSession.participations',
        (ids) =>
          scoped(
            loaders.db.getRepository(BallotParticipation).createQueryBuilder('p').where('p.sessionId IN (:...ids)', { ids }),
            actor,
            BallotParticipation.name,
          )
            .orderBy('p.createdAt')
            .addOrderBy('p.id')
            .getMany(),
        (p) => p.sessionId,
      )
      .load(sessionId);
  }

  /** Voters and how many of them voted; the voters are fixed when the session closes. */
  turnout(actor: Actor, loaders: Loaders, session: BallotSession): Promise<Turnout> {
    requireRead(actor);
    return loaders.get<BallotSession, Turnout>('BallotSession.turnout', (sessions) => this.turnouts(sessions)).load(session);
  }

  /** The count, only once the session is CLOSED (during the vote: turnout only). */
  async results(actor: Actor, session: BallotSession): Promise<Tally | null> {
    requireRead(actor);
    if (session.status !== 'CLOSED') return null;
    return countSession(this.db, session, session.closedVoterCount ?? 0);
  }

  /** Turnout of many sessions in one statement: voters (fixed at close, else the members now) and ballots. */
  private async turnouts(sessions: readonly BallotSession[]): Promise<Turnout[]> {
    const rows: { id: string; voted: number; voters: number }[] = await this.db.query(
      `SELECT s.id,
         (SELECT COUNT(*) FROM ballot_participation p WHERE p.session_id = s.id)::int AS voted,
         COALESCE(s.closed_voter_count, (SELECT COUNT(DISTINCT m.unit_id) FROM covenant c JOIN bloc_membership m ON ${MEMBER_IN_COVENANT_YEAR} WHERE c.id = s.covenant_id))::int AS voters
       FROM ballot_session s WHERE s.id = ANY($1::uuid[])`,
      [sessions.map((s) => s.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return sessions.map((s) => {
      const { voted = 0, voters = 0 } = byId.get(s.id) ?? {};
      return { voters, voted, percent: sharePercent(voted, voters) };
    });
  }
}
