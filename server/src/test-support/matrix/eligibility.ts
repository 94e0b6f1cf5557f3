import type { DataSource } from 'typeorm';
import { AwardType } from '../../modules/award-type/entities.js';
import { buildAwardType, buildCommendation } from '../../modules/commendation/commendation.builders.js';
import { EligibilityRule } from '../../modules/eligibility/entities.js';
import { buildInitiative, discipline, rate } from '../../modules/eligibility/eligibility.builders.js';
import { PerformanceRating } from '../../modules/eligibility/entities.js';
import type { Unit } from '../../modules/unit/entities.js';
import { DOMAIN, personAt, type Outcome, type Who } from '../authorization.js';
import { gid } from '../builders.js';
import type { MutationCase, QueryCase } from './run.js';

/** Eligibility: rules are the Board's own officers' (`manage:rules`), the facts the Board's writers'. */
const BOARD = ['admin', 'board'] as const;
let seq = 0;
const code = () => `MT_RULE_${(seq += 1)}_${process.pid}`;
const content = {
  titleVi: 'Quy tắc thử',
  awardTypeCodes: [],
  subjectKinds: [],
  condition: { fact: 'principle' },
  sourceDocument: 'Văn bản thử',
  effectiveFrom: '2024-01-01',
};
const buildRule = (db: DataSource) =>
  db.manager.save(
    db.manager.create(EligibilityRule, {
      ...content,
      code: code(),
      revision: 1,
      facts: ['principle'],
      effectiveTo: null,
      jurisdiction: 'NATIONAL',
      mark: 'M',
      article: null,
      note: null,
    }),
  );

export const eligibilityMutations: Record<string, MutationCase> = {
  createEligibilityRule: { allow: BOARD, arrange: async () => ({ input: { ...content, code: code() } }) },
  reviseEligibilityRule: { allow: BOARD, arrange: async (db) => ({ input: { ...content, id: gid(await buildRule(db)), effectiveFrom: '2025-01-01' } }) },
  retireEligibilityRule: { allow: BOARD, arrange: async (db) => ({ input: { id: gid(await buildRule(db)), effectiveTo: '2025-12-31' } }) },

  createPerformanceRating: { allow: DOMAIN, arrange: async (_db, w) => ({ input: { subjectId: gid(w.unitA), year: 2023, rating: 'GOOD' } }) },
  updatePerformanceRating: { allow: DOMAIN, arrange: async (db, w) => ({ input: { id: gid(await ratingOf(db, w.unitA)), rating: 'EXCELLENT' } }) },
  deletePerformanceRating: { allow: DOMAIN, arrange: async (db, w) => ({ id: gid(await ratingOf(db, w.unitA)) }) },
  createDisciplineRecord: { allow: DOMAIN, arrange: async (_db, w) => ({ input: { subjectId: gid(w.unitA), year: 2023, form: 'REPRIMAND', reason: 'Thử' } }) },
  updateDisciplineRecord: { allow: DOMAIN, arrange: async (db, w) => ({ input: { id: gid(await discipline(db, w.unitA, 2023)), reason: 'Sửa' } }) },
  deleteDisciplineRecord: { allow: DOMAIN, arrange: async (db, w) => ({ id: gid(await discipline(db, w.unitA, 2023)) }) },
  createInitiative: {
    allow: DOMAIN,
    arrange: async (_db, w) => ({ input: { subjectId: gid(w.unitA), title: 'Sáng kiến thử', level: 'GRASSROOTS', recognizedYear: 2023 } }),
  },
  updateInitiative: { allow: DOMAIN, arrange: async (db, w) => ({ input: { id: gid(await buildInitiative(db, w.unitA, 'GRASSROOTS', 2023)), title: 'Sửa' } }) },
  deleteInitiative: { allow: DOMAIN, arrange: async (db, w) => ({ id: gid(await buildInitiative(db, w.unitA, 'GRASSROOTS', 2023)) }) },
  useInitiative: {
    allow: DOMAIN,
    arrange: async (db, w) => ({
      input: {
        id: gid(await buildInitiative(db, w.unitA, 'GRASSROOTS', 2023)),
        commendationId: gid(await buildCommendation(db, w.unitA, await buildAwardType(db))),
      },
    }),
    // Using it writes none of the fields an edit meanwhile changed (a second use is INITIATIVE_ALREADY_USED).
    staleMerges: true,
  },
};

async function ratingOf(db: DataSource, unit: Unit) {
  await rate(db, unit, 'GOOD', [2023]);
  return db.manager.findOneByOrFail(PerformanceRating, { unitId: unit.id, year: 2023 });
}

/** The catalogue award `code` (the matrix databases have no catalogue loaded). */
async function catalogueAward(db: DataSource, code: string, kind: 'COLLECTIVE' | 'INDIVIDUAL') {
  return (await db.manager.findOneBy(AwardType, { code })) ?? buildAwardType(db, { code, subjectKinds: [kind] });
}

const readers = (who: Who): Outcome => (who === 'anonymous' ? 'UNAUTHENTICATED' : 'ok');
/** A person of unit A: officers of unit B and bloc B cannot see them, nor their facts. */
const personOfUnitA =
  (hidden: Outcome) =>
  (who: Who): Outcome =>
    who === 'unitOther' || who === 'blocOther' ? hidden : readers(who);
const list = (field: string) => async () => ({ query: `{ ${field} { totalCount } }` });

export const eligibilityQueries: Record<string, QueryCase> = {
  eligibilityRules: { field: 'eligibilityRules', expect: readers, arrange: list('eligibilityRules') },
  performanceRatings: { field: 'performanceRatings', expect: readers, arrange: list('performanceRatings') },
  disciplineRecords: { field: 'disciplineRecords', expect: readers, arrange: list('disciplineRecords') },
  initiatives: { field: 'initiatives', expect: readers, arrange: list('initiatives') },
  'evaluateEligibility (unit)': {
    field: 'evaluateEligibility',
    expect: readers,
    arrange: async (db, w) => {
      await catalogueAward(db, 'TAP_THE_LAO_DONG_TIEN_TIEN', 'COLLECTIVE');
      return {
        query: 'query($s: ID!) { evaluateEligibility(subjectId: $s, awardTypeCode: "TAP_THE_LAO_DONG_TIEN_TIEN", year: 2024) { outcome } }',
        variables: { s: gid(w.unitA) },
      };
    },
  },
  'evaluateEligibility (person)': {
    field: 'evaluateEligibility',
    expect: personOfUnitA('NOT_FOUND'),
    arrange: async (db, w) => {
      await catalogueAward(db, 'LAO_DONG_TIEN_TIEN', 'INDIVIDUAL');
      return {
        query: 'query($s: ID!) { evaluateEligibility(subjectId: $s, awardTypeCode: "LAO_DONG_TIEN_TIEN", year: 2024) { outcome } }',
        variables: { s: gid(await personAt(db, w.unitA)) },
      };
    },
  },
};
