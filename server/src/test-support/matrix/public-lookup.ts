import type { DataSource } from 'typeorm';
import { buildAwardType, buildCommendation, buildDecision } from '../../modules/commendation/commendation.builders.js';
import { Decision } from '../../modules/decision/entities.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { DOMAIN } from '../authorization.js';
import { gid } from '../builders.js';
import type { MutationCase, QueryCase } from './run.js';

/** A decision the Board published (as the publish mutation leaves it). */
export const buildPublishedDecision = (db: DataSource, overrides: Partial<Decision> = {}) =>
  buildDecision(db, { publishedOn: '2023-03-09', publishedBy: 'Cán bộ Ban', ...overrides });

/** Someone else published the decision meanwhile, on another day: the caller's version is behind on the same fields. */
const publishedMeanwhile = async (db: DataSource, variables: Record<string, unknown>) => {
  const id = fromGlobalId((variables.input as { id: string }).id)!.id;
  await db.manager.save(Decision, { ...(await db.manager.findOneByOrFail(Decision, { id })), publishedOn: '2023-02-01', publishedBy: 'Cán bộ khác' });
};

/** Publishing is the Board's: its writers publish and withdraw; nobody else. */
export const publicationMutations: Record<string, MutationCase> = {
  publishDecision: {
    allow: DOMAIN,
    arrange: async (db) => ({ input: { id: gid(await buildDecision(db)), publishedOn: '2023-03-01' } }),
    changeBehind: publishedMeanwhile,
  },
  unpublishDecision: {
    allow: DOMAIN,
    arrange: async (db) => ({ input: { id: gid(await buildPublishedDecision(db)) } }),
    changeBehind: publishedMeanwhile,
  },
};

const anyone = () => 'ok' as const;

/** The public lookup answers everyone, signed in or not, the same published records. */
export const publicLookupQueries: Record<string, QueryCase> = {
  publicDecisions: { field: 'publicDecisions', expect: anyone, arrange: async () => ({ query: '{ publicDecisions { totalCount nodes { number } } }' }) },
  publicDecision: {
    field: 'publicDecision',
    expect: anyone,
    arrange: async (db) => ({
      query: 'query($id: ID!) { publicDecision(id: $id) { number awards { totalCount } } }',
      variables: { id: gid(await buildPublishedDecision(db)) },
    }),
  },
  publicAwards: { field: 'publicAwards', expect: anyone, arrange: async () => ({ query: '{ publicAwards { totalCount nodes { recipientName } } }' }) },
  publicAward: {
    field: 'publicAward',
    expect: anyone,
    arrange: async (db, w) => {
      const decision = await buildPublishedDecision(db);
      const award = await buildCommendation(db, w.unitA, await buildAwardType(db), { decisionId: decision.id });
      return { query: 'query($id: ID!) { publicAward(id: $id) { recipientName awardName decision { number } } }', variables: { id: gid(award) } };
    },
  },
  // An unpublished decision's award is not found, by anyone, signed in or not.
  'publicAward (unpublished)': {
    field: 'publicAward',
    expect: () => 'NOT_FOUND',
    arrange: async (db, w) => {
      const award = await buildCommendation(db, w.unitA, await buildAwardType(db), { decisionId: (await buildDecision(db)).id });
      return { query: 'query($id: ID!) { publicAward(id: $id) { recipientName } }', variables: { id: gid(award) } };
    },
  },
  publicFacets: { field: 'publicFacets', expect: anyone, arrange: async () => ({ query: '{ publicFacets { issuers years } }' }) },
};
