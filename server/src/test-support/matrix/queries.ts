import {
  buildAwardType,
  buildCommendation,
  buildDecision,
  buildEvent,
  buildHousehold,
  buildMovement,
} from '../../modules/commendation/commendation.builders.js';
import { buildComment } from '../../modules/comment/comment.builders.js';
import { buildCovenant } from '../../modules/covenant/covenant.builders.js';
import { buildToken, buildUser, PEOPLE_READERS, personAt, type Outcome, type Who } from '../authorization.js';
import { gid } from '../builders.js';
import { councilQueries } from './council.js';
import { jobQueries } from './job.js';
import { documentQueries } from './document.js';
import { eligibilityQueries } from './eligibility.js';
import { publicLookupQueries } from './public-lookup.js';
import { statisticsQueries } from './statistics.js';
import { buildDossier } from '../../modules/dossier/dossier.builders.js';
import type { QueryCase } from './run.js';

/** Every signed-in caller reads; nobody else. */
const readers = (who: Who): Outcome => (who === 'anonymous' ? 'UNAUTHENTICATED' : 'ok');
/** Administration: the administrator only. */
const admin = (who: Who): Outcome => (who === 'admin' ? 'ok' : who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
/** A person of unit A (in bloc A): officers of unit B and bloc B cannot see them (`hidden`). */
const personOfUnitA =
  (hidden: Outcome) =>
  (who: Who): Outcome =>
    who === 'unitOther' || who === 'blocOther' ? hidden : readers(who);
/** The event log of every change (`read:audit`): the administrator, the Board and analysts. */
const auditors = (who: Who): Outcome => (['admin', 'board', 'analyst'].includes(who) ? 'ok' : who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
/** Households: `read:people` only. */
const household =
  (hidden: Outcome) =>
  (who: Who): Outcome =>
    PEOPLE_READERS.includes(who) ? 'ok' : who === 'anonymous' ? 'UNAUTHENTICATED' : hidden;
/** Signed-in officers, not partner tokens (colleagues to @mention). */
const officers = (who: Who): Outcome => (who === 'anonymous' ? 'UNAUTHENTICATED' : who.startsWith('token') ? 'FORBIDDEN' : 'ok');
/** The administrator's records: their node is nobody else's to see. */
const adminNode = (who: Who): Outcome => (who === 'admin' ? 'ok' : who === 'anonymous' ? 'UNAUTHENTICATED' : 'NULL');

const byId = (field: string, select: string) => (id: string) => ({ query: `query($id: ID!) { ${field}(id: $id) { ${select} } }`, variables: { id } });
const list = (field: string) => async () => ({ query: `{ ${field} { totalCount } }` });

/** One or more cases per top-level query field (the test checks that every field has one). */
export const queryCases: Record<string, QueryCase> = {
  // Who is calling and which limits apply: answered to anyone, signed in or not.
  viewer: { field: 'viewer', expect: () => 'ok', arrange: async () => ({ query: '{ viewer { kind permissions } }' }) },
  apiLimits: { field: 'apiLimits', expect: () => 'ok', arrange: async () => ({ query: '{ apiLimits { maxCost maxDepth } }' }) },
  units: { field: 'units', expect: readers, arrange: list('units') },
  unit: { field: 'unit', expect: readers, arrange: async (_db, w) => byId('unit', 'name')(gid(w.unitA)) },
  blocs: { field: 'blocs', expect: readers, arrange: list('blocs') },
  bloc: { field: 'bloc', expect: readers, arrange: async (_db, w) => byId('bloc', 'name')(gid(w.blocA)) },
  covenants: { field: 'covenants', expect: readers, arrange: list('covenants') },
  covenant: { field: 'covenant', expect: readers, arrange: async (db, w) => byId('covenant', 'title')(gid(await buildCovenant(db, { blocId: w.blocA.id }))) },
  decisions: { field: 'decisions', expect: readers, arrange: list('decisions') },
  decision: { field: 'decision', expect: readers, arrange: async (db) => byId('decision', 'subject')(gid(await buildDecision(db))) },
  events: { field: 'events', expect: readers, arrange: list('events') },
  event: { field: 'event', expect: readers, arrange: async (db) => byId('event', 'title')(gid(await buildEvent(db))) },
  movements: { field: 'movements', expect: readers, arrange: list('movements') },
  movement: { field: 'movement', expect: readers, arrange: async (db) => byId('movement', 'name')(gid(await buildMovement(db))) },
  awardTypes: { field: 'awardTypes', expect: readers, arrange: list('awardTypes') },
  awardType: { field: 'awardType', expect: readers, arrange: async (db) => byId('awardType', 'code')(gid(await buildAwardType(db))) },
  awardTypeByCode: {
    field: 'awardTypeByCode',
    expect: readers,
    arrange: async (db) => ({
      query: 'query($code: String!) { awardTypeByCode(code: $code) { nameVi } }',
      variables: { code: (await buildAwardType(db)).code },
    }),
  },
  commendationTallies: { field: 'commendationTallies', expect: readers, arrange: list('commendationTallies') },
  commendations: { field: 'commendations', expect: readers, arrange: list('commendations') },
  commendationStats: { field: 'commendationStats', expect: readers, arrange: async () => ({ query: '{ commendationStats(groupBy: [YEAR]) { count } }' }) },
  'commendation (collective)': {
    field: 'commendation',
    expect: readers,
    arrange: async (db, w) => byId('commendation', 'achievement')(gid(await buildCommendation(db, w.unitA, await buildAwardType(db)))),
  },
  'commendation (of a person)': {
    field: 'commendation',
    expect: personOfUnitA('NOT_FOUND'),
    arrange: async (db, w) =>
      byId('commendation', 'achievement subject { __typename }')(gid(await buildCommendation(db, await personAt(db, w.unitA), await buildAwardType(db)))),
  },
  'commendation (of a household)': {
    field: 'commendation',
    expect: household('NOT_FOUND'),
    arrange: async (db) =>
      byId(
        'commendation',
        'achievement',
      )(gid(await buildCommendation(db, await buildHousehold(db), await buildAwardType(db, { subjectKinds: ['HOUSEHOLD'] })))),
  },
  people: { field: 'people', expect: readers, arrange: list('people') },
  person: {
    field: 'person',
    expect: personOfUnitA('NOT_FOUND'),
    arrange: async (db, w) => byId('person', 'fullName unit { name }')(gid(await personAt(db, w.unitA))),
  },
  households: { field: 'households', expect: readers, arrange: list('households') },
  household: { field: 'household', expect: household('NOT_FOUND'), arrange: async (db) => byId('household', 'name')(gid(await buildHousehold(db))) },
  'node (unit)': { field: 'node', expect: readers, arrange: async (_db, w) => byId('node', 'id')(gid(w.unitA)) },
  'node (person)': { field: 'node', expect: personOfUnitA('NULL'), arrange: async (db, w) => byId('node', 'id')(gid(await personAt(db, w.unitA))) },
  'node (household)': { field: 'node', expect: household('NULL'), arrange: async (db) => byId('node', 'id')(gid(await buildHousehold(db))) },
  'node (user)': { field: 'node', expect: adminNode, arrange: async (db) => byId('node', 'id')(gid(await buildUser(db, 'ANALYST'))) },
  'node (API token)': { field: 'node', expect: adminNode, arrange: async (db) => byId('node', 'id')(gid((await buildToken(db, ['READ'])).token)) },
  nodes: {
    field: 'nodes',
    expect: readers,
    arrange: async (db, w) => ({
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: [gid(w.unitA), gid(await personAt(db, w.unitA))] },
    }),
  },
  users: { field: 'users', expect: admin, arrange: list('users') },
  apiTokens: { field: 'apiTokens', expect: admin, arrange: list('apiTokens') },
  changeEvents: { field: 'changeEvents', expect: auditors, arrange: list('changeEvents') },
  // The live feed: every reader, each within the scope of the records (modules/history/live-changes.test.ts).
  changes: { field: 'changes', expect: readers, arrange: async () => ({ query: '{ changes(since: "0", first: 1) { lastSeq hasMore } }' }) },
  latestChangeSeq: { field: 'latestChangeSeq', expect: readers, arrange: async () => ({ query: '{ latestChangeSeq }' }) },
  'comments (of a person)': {
    field: 'comments',
    expect: personOfUnitA('NOT_FOUND'),
    arrange: async (db, w) => {
      const person = await personAt(db, w.unitA);
      await buildComment(db, person, await buildUser(db, 'ANALYST'));
      return { query: 'query($id: ID!) { comments(recordId: $id) { nodes { body author { displayName } } } }', variables: { id: gid(person) } };
    },
  },
  mentionableUsers: { field: 'mentionableUsers', expect: officers, arrange: async () => ({ query: '{ mentionableUsers { username displayName } }' }) },
  // Presence on a record one may not see is empty, never an error that tells it exists.
  presence: {
    field: 'presence',
    expect: readers,
    arrange: async (db, w) => ({
      query: 'query($ids: [ID!]!) { presence(recordIds: $ids) { recordId entries { displayName } } }',
      variables: { ids: [gid(w.unitA), gid(await personAt(db, w.unitA))] },
    }),
  },
  ...eligibilityQueries,
  ...councilQueries,
  ...jobQueries,
  ...publicLookupQueries,
  ...statisticsQueries,
  ...documentQueries,
  dossiers: { field: 'dossiers', expect: readers, arrange: list('dossiers') },
  dossierInbox: { field: 'dossierInbox', expect: readers, arrange: async () => ({ query: '{ dossierInbox { totalCount overdueCount } }' }) },
  // Unit A's dossier to bloc A: the officers of unit B and bloc B do not find it.
  dossier: {
    field: 'dossier',
    expect: personOfUnitA('NOT_FOUND'),
    arrange: async (db, w) => byId('dossier', 'code')(gid(await buildDossier(db, w.unitA.id, { blocId: w.blocA.id }))),
  },
};
