import { buildCovenant, buildCriterion } from '../../modules/covenant/covenant.builders.js';
import { buildSheet, buildViolation } from '../../modules/scoring/scoring.builders.js';
import { CovenantSheet } from '../../modules/scoring/entities.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { DOMAIN, type Who } from '../authorization.js';
import { buildUnit, gid } from '../builders.js';
import { addMember } from '../../modules/bloc/bloc.builders.js';
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
      // In self-assessment; the unit's sheet is opened by its first self-score.
      const covenant = await buildCovenant(db, { blocId: w.blocA.id, status: 'SELF_ASSESSMENT' });
      const criterion = await buildCriterion(db, covenant, { kind: 'QUANTITATIVE', maxScore: 10 });
      return { input: { criterionId: gid(criterion), unitId: gid(w.unitA), actualValue: 120, evidence: 'Báo cáo tổng kết năm' } };
    },
  },
  enterReviewScore: {
    versionedBy: UPSERT,
    allow: BLOC,
    arrange: async (db, w) => {
      // A submitted sheet, reviewed by the bloc (no cross-reviewer assigned).
      const covenant = await buildCovenant(db, { blocId: w.blocA.id, status: 'REVIEW' });
      await buildSheet(db, covenant, w.unitA.id, { status: 'SUBMITTED' });
      const criterion = await buildCriterion(db, covenant, { kind: 'QUALITATIVE', maxScore: 10 });
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
  transitionCovenantSheet: {
    // The bloc finalizes a reviewed sheet (FINAL is reached by FINALIZE alone); submitting is the unit's (covenant-sheet.test.ts).
    allow: BLOC,
    arrange: async (db, w) => {
      const covenant = await buildCovenant(db, { blocId: w.blocA.id, status: 'REVIEW' });
      return { input: { id: gid(await buildSheet(db, covenant, w.unitA.id, { status: 'REVIEWED' })), to: 'FINAL' } };
    },
    // Someone else reopened its review meanwhile: its status changed since the caller's version.
    changeBehind: async (db, variables) => {
      const id = fromGlobalId((variables.input as { id: string }).id)!.id;
      await db.manager.save(CovenantSheet, { ...(await db.manager.findOneByOrFail(CovenantSheet, { id })), status: 'SUBMITTED' });
    },
  },
  assignCovenantSheetReviewer: {
    allow: BLOC,
    arrange: async (db, w) => {
      const covenant = await buildCovenant(db, { blocId: w.blocA.id, status: 'SELF_ASSESSMENT' });
      const reviewer = await buildUnit(db, { name: 'Đơn vị chấm chéo' });
      await addMember(db, w.blocA, reviewer, 2000);
      return { input: { id: gid(await buildSheet(db, covenant, w.unitA.id)), reviewerUnitId: gid(reviewer) } };
    },
    // Someone else assigned another reviewer meanwhile.
    changeBehind: async (db, variables) => {
      const id = fromGlobalId((variables.input as { id: string }).id)!.id;
      const other = await buildUnit(db);
      await db.manager.save(CovenantSheet, { ...(await db.manager.findOneByOrFail(CovenantSheet, { id })), reviewerUnitId: other.id });
    },
  },
};
