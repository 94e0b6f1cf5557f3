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

export const scoringMutations: Record<string, MutationCase> = {
  setCovenantScoringSettings: {
    allow: BLOC,
    arrange: async (db, w) => ({ input: { covenantId: gid(await buildCovenant(db, { blocId: w.blocA.id })), finalStage: 'HIGHEST' } }),
  },
  setCovenantTarget: {
    allow: BLOC,
    arrange: async (db, w) => {
      const criterion = await buildCriterion(db, await buildCovenant(db, { blocId: w.blocA.id }), { kind: 'QUANTITATIVE', maxScore: 10 });
      return { input: { criterionId: gid(criterion), unitId: gid(w.unitA), target: 100 } };
    },
  },
  enterSelfAssessment: {
    allow: UNIT,
    arrange: async (db, w) => {
      const criterion = await buildCriterion(db, await buildCovenant(db, { blocId: w.blocA.id }), { kind: 'QUANTITATIVE', maxScore: 10 });
      return { input: { criterionId: gid(criterion), unitId: gid(w.unitA), actualValue: 120, evidence: 'Báo cáo tổng kết năm' } };
    },
  },
  enterReviewScore: {
    allow: BLOC,
    arrange: async (db, w) => {
      const criterion = await buildCriterion(db, await buildCovenant(db, { blocId: w.blocA.id }), { kind: 'QUALITATIVE', maxScore: 10 });
      return { input: { criterionId: gid(criterion), unitId: gid(w.unitA), reviewScore: 8, reviewComment: 'Đạt' } };
    },
  },
  recordCovenantViolation: {
    allow: BLOC,
    arrange: async (db, w) => ({ input: { covenantId: gid(await buildCovenant(db, { blocId: w.blocA.id })), unitId: gid(w.unitA), reason: 'Để xảy ra vụ việc nghiêm trọng' } }),
  },
  deleteCovenantViolation: {
    allow: BLOC,
    arrange: async (db, w) => ({ id: gid(await buildViolation(db, (await buildCovenant(db, { blocId: w.blocA.id })).id, w.unitA.id)) }),
  },
};
