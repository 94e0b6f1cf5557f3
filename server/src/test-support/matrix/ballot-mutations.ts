import { fromGlobalId } from '../../core/graphql/global-id.js';
import { BallotSession } from '../../modules/ballot/entities.js';
import { buildBallotSession } from '../../modules/ballot/ballot.builders.js';
import { buildCovenant } from '../../modules/covenant/covenant.builders.js';
import { DOMAIN, type Who } from '../authorization.js';
import { gid } from '../builders.js';
import type { MutationCase } from './run.js';

/**
 * The bloc's vote: the bloc's officer or the Board manage sessions; a unit's officer votes for its
 * own unit, the Board records paper ballots. Sessions are seen only by the bloc and the Board, so
 * officers of bloc B and of unit B do not find bloc A's sessions at all.
 */
const BLOC: readonly Who[] = [...DOMAIN, 'blocOwn'];
const UNSEEN = { blocOther: 'NOT_FOUND', unitOther: 'NOT_FOUND' } as const;

export const ballotMutations: Record<string, MutationCase> = {
  createBallotSession: {
    allow: BLOC,
    arrange: async (db, w) => ({
      input: {
        covenantId: gid(await buildCovenant(db, { blocId: w.blocA.id, year: 2023 })),
        title: 'Bình chọn',
        purpose: 'LEADING_UNIT',
        candidateIds: [gid(w.unitA)],
      },
    }),
  },
  updateBallotSession: {
    allow: BLOC,
    deny: UNSEEN,
    arrange: async (db, w) => ({
      input: { id: gid(await buildBallotSession(db, await buildCovenant(db, { blocId: w.blocA.id, year: 2023 }), [w.unitA.id])), quorumPercent: 75 },
    }),
  },
  transitionBallotSession: {
    allow: BLOC,
    deny: UNSEEN,
    arrange: async (db, w) => ({
      input: { id: gid(await buildBallotSession(db, await buildCovenant(db, { blocId: w.blocA.id, year: 2023 }), [w.unitA.id])), to: 'OPEN' },
    }),
    // Someone else cancelled the session meanwhile: its status changed since the caller's version.
    changeBehind: async (db, variables) => {
      const id = fromGlobalId((variables.input as { id: string }).id)!.id;
      await db.manager.save(BallotSession, { ...(await db.manager.findOneByOrFail(BallotSession, { id })), status: 'CANCELLED' });
    },
  },
  castBallot: {
    allow: [...DOMAIN, 'unitOwn'],
    deny: UNSEEN,
    arrange: async (db, w) => {
      const session = await buildBallotSession(db, await buildCovenant(db, { blocId: w.blocA.id, year: 2023 }), [w.unitA.id], {
        status: 'OPEN',
        selfVoteAllowed: true,
      });
      return { input: { sessionId: gid(session), unitId: gid(w.unitA), agreedCandidateIds: [gid(w.unitA)] } };
    },
  },
};
