import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireBlocWrite, requireWrite } from '../../core/auth/policy.js';
import { applyPatch, requireNotNull } from '../../core/db/refs.js';
import { loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { resolveRefs } from '../covenant/index.js';
import { Unit } from '../unit/entities.js';
import { BallotSession } from './ballot-session.entity.js';
import type { UpdateBallotSessionInput } from './ballot.inputs.js';
import { votersAmong } from './ballot.voters.js';

const SETTINGS = ['secret', 'selfVoteAllowed', 'thresholdPercent', 'thresholdBase', 'quorumPercent'] as const;
/** What only a DRAFT session may change: what the ballot looks like and how it is counted. */
const DRAFT_ONLY = ['title', 'candidateIds', ...SETTINGS, 'maxChoices'] as const;
/** What the minutes say of the meeting: still editable while the vote is open. */
export const MEETING = ['meetingDate', 'venue', 'chair', 'secretary', 'boardGuest'] as const;

/**
 * Editing a session while it is a DRAFT (no ballot taken yet): its title, candidates and settings;
 * the meeting details also while it is OPEN (they go into the minutes at close).
 */
export class BallotSessionEditService {
  constructor(private readonly db: DataSource) {}

  update(actor: Actor, input: UpdateBallotSessionInput): Promise<BallotSession> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const session = await loadForUpdate(em, BallotSession, input, problems, { viewer: actor, authorize: (found) => requireBlocWrite(actor, found.blocId) });
      const draftOnly = DRAFT_ONLY.filter((f) => (input as unknown as Record<string, unknown>)[f] !== undefined);
      if (session.status !== 'DRAFT' && (session.status !== 'OPEN' || draftOnly.length)) {
        problems.add(
          'id',
          'INVALID_STATE',
          session.status === 'OPEN' ? 'Khi đang bỏ phiếu chỉ sửa được thông tin cuộc họp.' : 'Phiên bỏ phiếu đã kết thúc hoặc đã hủy.',
        );
        problems.throwIfAny();
      }
      requireNotNull(input, [...DRAFT_ONLY], problems);
      if (input.title != null) session.title = input.title.trim();
      if (input.maxChoices != null) session.maxChoices = input.maxChoices || null;
      applyPatch(session, input as Partial<BallotSession>, [...SETTINGS, ...MEETING]);
      const candidates = input.candidateIds ? await resolveRefs(em, Unit, input.candidateIds, 'candidateIds', problems) : null;
      if (candidates) {
        const members = await votersAmong(em, session.covenantId, candidates);
        candidates.forEach((id, i) => members.has(id) || problems.add(['candidateIds', String(i)], 'NOT_A_MEMBER'));
      }
      problems.throwIfAny();
      if (candidates) {
        session.candidateUnitIds = candidates;
        // A draft has taken no ballot: its counters are simply laid out again.
        await em.query(`DELETE FROM ballot_tally WHERE session_id = $1`, [session.id]);
        await em.query(`INSERT INTO ballot_tally (session_id, candidate_unit_id) SELECT $1, unnest($2::uuid[])`, [session.id, candidates]);
      }
      return em.save(session);
    });
  }
}
