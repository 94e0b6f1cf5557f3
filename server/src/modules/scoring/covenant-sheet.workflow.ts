import type { EntityManager } from 'typeorm';
import { CovenantSheetStatus, CovenantSheetTransition, type CovenantStatus } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { canWriteBloc, canWriteUnit } from '../../core/auth/policy.js';
import { defineWorkflow, type Guard, type Who } from '../../core/workflow/definition.js';
import { blocOf, board, unitOf } from '../../core/workflow/who.js';
import type { CovenantSheet } from './covenant-sheet.entity.js';
import { sheetFacts, type SheetFacts } from './covenant-sheet.facts.js';

/** The covenant stages during which sheets move (and scores are entered). */
export const SCORING_STAGES: readonly CovenantStatus[] = ['SELF_ASSESSMENT', 'REVIEW'];

const bloc = blocOf<CovenantSheet>((s) => s.blocId);
const unit = unitOf<CovenantSheet>((s) => s.unitId);
/** The assigned cross-reviewer unit's officer, the bloc's officer, or the Board. */
export const reviewer: Who<CovenantSheet> = (actor, s) => canWriteBloc(actor, s.blocId) || (s.reviewerUnitId != null && canWriteUnit(actor, s.reviewerUnitId));

const covenantScoring: Guard<CovenantSheet, SheetFacts> = ({ facts }) =>
  SCORING_STAGES.includes(facts.covenantStatus) ? null : { code: 'COVENANT_NOT_SCORING' };
const selfScored: Guard<CovenantSheet, SheetFacts> = ({ facts }) =>
  facts.missingSelf > 0 ? { code: 'SELF_SCORES_MISSING', message: `Còn ${facts.missingSelf} tiêu chí chưa tự chấm.` } : null;
const reviewScored: Guard<CovenantSheet, SheetFacts> = ({ facts }) =>
  facts.missingReview > 0 ? { code: 'REVIEW_SCORES_MISSING', message: `Còn ${facts.missingReview} tiêu chí chưa có điểm thẩm định.` } : null;

/** Who moved the sheet on and when; a step back clears the stamps of the stages it undoes. */
async function onEnter(_em: EntityManager, sheet: CovenantSheet, to: CovenantSheetStatus, actor: Actor): Promise<void> {
  const now = new Date();
  if (to === 'DRAFT') Object.assign(sheet, { submittedBy: null, submittedAt: null });
  if (to === 'SUBMITTED' && sheet.status === 'DRAFT') Object.assign(sheet, { submittedBy: actor.name, submittedAt: now });
  if (to === 'SUBMITTED') Object.assign(sheet, { reviewedBy: null, reviewedAt: null });
  if (to === 'REVIEWED' && sheet.status === 'SUBMITTED') Object.assign(sheet, { reviewedBy: actor.name, reviewedAt: now });
  if (to === 'REVIEWED') Object.assign(sheet, { finalizedBy: null, finalizedAt: null });
  if (to === 'FINAL') Object.assign(sheet, { finalizedBy: actor.name, finalizedAt: now });
}

const L = CovenantSheetTransition.labels;
const G = [covenantScoring];

/**
 * A unit's sheet (WORKFLOW.md §1): the unit self-scores and submits (then its self-scores are
 * locked); the reviewer (the bloc, or the assigned member unit) returns it with a reason or
 * completes the review; the bloc finalizes it; the Board alone unfinalizes. Sheets move only while
 * the covenant is in self-assessment or cross-review.
 */
export const covenantSheetWorkflow = defineWorkflow<CovenantSheetStatus, CovenantSheet, SheetFacts>({
  name: 'covenantSheet',
  field: 'status',
  states: CovenantSheetStatus,
  initial: 'DRAFT',
  facts: sheetFacts,
  onEnter,
  transitions: [
    { name: 'SUBMIT', from: ['DRAFT'], to: 'SUBMITTED', label: L.SUBMIT, who: unit, guards: [...G, selfScored] },
    { name: 'RETURN', from: ['SUBMITTED'], to: 'DRAFT', label: L.RETURN, who: reviewer, guards: G, reason: 'required' },
    { name: 'COMPLETE_REVIEW', from: ['SUBMITTED'], to: 'REVIEWED', label: L.COMPLETE_REVIEW, who: reviewer, guards: [...G, reviewScored] },
    { name: 'REOPEN_REVIEW', from: ['REVIEWED'], to: 'SUBMITTED', label: L.REOPEN_REVIEW, who: bloc, guards: G, reason: 'required' },
    { name: 'FINALIZE', from: ['REVIEWED'], to: 'FINAL', label: L.FINALIZE, who: bloc, guards: G },
    { name: 'UNFINALIZE', from: ['FINAL'], to: 'REVIEWED', label: L.UNFINALIZE, who: board, guards: G, reason: 'required' },
  ],
});
