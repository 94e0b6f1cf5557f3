import { buildCovenant, buildCriterion } from '../../modules/covenant/covenant.builders.js';
import { buildViolation } from '../../modules/scoring/scoring.builders.js';
import { DOMAIN, type Who } from '../authorization.js';
import { gid } from '../builders.js';
import type { MutationCase } from './run.js';

/**
 * Covenant scoring, arranged in world A: targets, review scores, settings and violations are the
 * covenant's bloc's (or the Board's); self-scores are the scored unit's own (or the Board's).
 */
const BLOC: readonly Who[] = [...DOMAIN, 'blocOwn'];
const UNIT: readonly Who[] = [...DOMAIN, 'unitOwn'];

/**
 * Upserts keyed by covenant (criterion, unit): the record may not exist before the first call, so
 * there is no id to send a version for. Their versions (conflict, merge) are tested in
 * modules/scoring/scoring.test.ts; who may call them is asked before the row is looked up.
 */
const UPSERT = 'upsert keyed by covenant, criterion and unit';

export const scoringMutations: Record<string, MutationCase> = {
  setCovenantScoringSettings: {
    versionedBy: UPSERT,
    allow: BLOC,
    arrange: async (db, w) => ({ input: { covenantId: gid(await buildCovenant(db, { blocId: w.blocA.id })), finalStage: 'HIGHEST' } }),
  },
  setCovenantTarget: {
    versionedBy: UPSERT,
    allow: BLOC,
    arrange: async (db, w) => {
      const criterion = await buildCriterion(db, await buildCovenant(db, { blocId: w.blocA.id }), { kind: 'QUANTITATIVE', maxScore: 10 });
      return { input: { criterionId: gid(criterion), unitId: gid(w.unitA), target: 100 } };
    },
  },
  enterSelfAssessment: {
    versionedBy: UPSERT,
    allow: UNIT,
    arrange: async (db, w) => {
      const criterion = await buildCriterion(db, await buildCovenant(db, { blocId: w.blocA.id }), { kind: 'QUANTITATIVE', maxScore: 10 });
      return { input: { criterionId: gid(criterion), unitId: gid(w.unitA), actualValue: 120, evidence: 'Báo cáo tổng kết năm' } };
    },
  },
  enterReviewScore: {
    versionedBy: UPSERT,
    allow: BLOC,
    arrange: async (db, w) => {
      const criterion = await buildCriterion(db, await buildCovenant(db, { blocId: w.blocA.id }), { kind: 'QUALITATIVE', maxScore: 10 });
      return { input: { criterionId: gid(criterion), unitId: gid(w.unitA), reviewScore: 8, reviewComment: 'Đạt' } };
    },
  },
  recordCovenantViolation: {
    allow: BLOC,
    arrange: async (db, w) => ({
      input: { covenantId: gid(await buildCovenant(db, { blocId: w.blocA.id })), unitId: gid(w.unitA), reason: 'Để xảy ra vụ việc nghiêm trọng' },
    }),
  },
  deleteCovenantViolation: {
    allow: BLOC,
    arrange: async (db, w) => ({ id: gid(await buildViolation(db, (await buildCovenant(db, { blocId: w.blocA.id })).id, w.unitA.id)) }),
  },
};
