import type { DataSource } from 'typeorm';
import { awaitingDecision, councilMembers } from '../../modules/council/council.builders.js';
import { CouncilSession } from '../../modules/council/entities.js';
import { DOMAIN, PEOPLE_READERS, type Outcome, type Who, type World } from '../authorization.js';
import { gid } from '../builders.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';

/** Someone else changes the session meanwhile (`change`): what the caller saw is no longer so. */
const behind = (change: Partial<CouncilSession>) => async (db: DataSource, variables: Record<string, unknown>) => {
  const id = fromGlobalId((variables.input as { id: string }).id)!.id;
  const found = await db.manager.findOneByOrFail(CouncilSession, { id });
  await db.manager.save(CouncilSession, { ...found, ...change, agenda: change.agenda ?? found.agenda.map((a) => ({ ...a, agree: 1, disagree: 1 })) });
};
import type { MutationCase, QueryCase } from './run.js';

/**
 * The council's sessions are the Board's: its writers keep them; the Board's readers (who see every
 * person) read them; officers of units and blocs do not find them at all.
 */
const UNSEEN = { blocOwn: 'NOT_FOUND', blocOther: 'NOT_FOUND', unitOwn: 'NOT_FOUND', unitOther: 'NOT_FOUND' } as const;

async function session(db: DataSource, w: World, status: CouncilSession['status'], counted = false): Promise<{ session: CouncilSession; lineId: string }> {
  const { lines } = await awaitingDecision(db, [w.unitA.id]);
  const agenda: CouncilSession['agenda'] = [{ lineId: lines[0]!.id, agree: counted ? 3 : null, disagree: counted ? 0 : null }];
  const saved = await db.manager.save(
    db.manager.create(CouncilSession, {
      title: 'Phiên họp Hội đồng thử',
      year: 2023,
      status,
      secret: true,
      quorumPercent: 50,
      thresholdPercent: 50,
      thresholdBase: 'ALL',
      members: councilMembers(3) as CouncilSession['members'],
      agenda,
    }),
  );
  return { session: saved, lineId: gid(lines[0]!) };
}

export const councilMutations: Record<string, MutationCase> = {
  createCouncilSession: {
    allow: DOMAIN,
    arrange: async (db, w) => {
      const { dossier } = await awaitingDecision(db, [w.unitA.id]);
      return { input: { title: 'Phiên họp Hội đồng năm 2023', year: 2023, dossierIds: [gid(dossier)], members: councilMembers(3) } };
    },
  },
  updateCouncilSession: {
    allow: DOMAIN,
    deny: UNSEEN,
    arrange: async (db, w) => ({ input: { id: gid((await session(db, w, 'DRAFT')).session), venue: 'Hội trường UBND' } }),
  },
  recordCouncilVotes: {
    allow: DOMAIN,
    deny: UNSEEN,
    arrange: async (db, w) => {
      const { session: s, lineId } = await session(db, w, 'VOTING');
      return { input: { id: gid(s), votes: [{ lineId, agree: 2, disagree: 1 }] } };
    },
    // Another officer recorded other counts meanwhile.
    changeBehind: behind({}),
  },
  transitionCouncilSession: {
    allow: DOMAIN,
    deny: UNSEEN,
    arrange: async (db, w) => ({ input: { id: gid((await session(db, w, 'VOTING', true)).session), to: 'CLOSED' } }),
    // Someone else cancelled the session meanwhile.
    changeBehind: async (db, variables) => {
      const id = fromGlobalId((variables.input as { id: string }).id)!.id;
      await db.manager.save(CouncilSession, { ...(await db.manager.findOneByOrFail(CouncilSession, { id })), status: 'CANCELLED' });
    },
  },
  deleteCouncilSession: { allow: DOMAIN, deny: UNSEEN, arrange: async (db, w) => ({ id: gid((await session(db, w, 'DRAFT')).session) }) },
};

const boardReaders =
  (hidden: Outcome) =>
  (who: Who): Outcome =>
    PEOPLE_READERS.includes(who) ? 'ok' : who === 'anonymous' ? 'UNAUTHENTICATED' : hidden;

export const councilQueries: Record<string, QueryCase> = {
  // Everyone signed in may ask; only the Board's readers find any.
  councilSessions: {
    field: 'councilSessions',
    expect: (who) => (who === 'anonymous' ? 'UNAUTHENTICATED' : 'ok'),
    arrange: async () => ({ query: '{ councilSessions { totalCount } }' }),
  },
  councilSession: {
    field: 'councilSession',
    expect: boardReaders('NOT_FOUND'),
    arrange: async (db, w) => ({
      query: 'query($id: ID!) { councilSession(id: $id) { title } }',
      variables: { id: gid((await session(db, w, 'DRAFT')).session) },
    }),
  },
};
