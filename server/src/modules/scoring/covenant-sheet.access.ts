import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { ForbiddenError } from '../../core/auth/policy.js';
import type { Problems } from '../../core/errors.js';
import { openSheets } from '../covenant/index.js';
import { CovenantSheet } from './covenant-sheet.entity.js';
import { reviewer, SCORING_STAGES } from './covenant-sheet.workflow.js';
import type { Cell } from './scoring.access.js';

/**
 * The sheet of a cell's unit, locked FOR SHARE until the score is saved: a transition of the sheet
 * (FOR UPDATE) waits for the entry to commit and then counts it, and an entry after a transition
 * sees the new stage. Entries are refused outside the covenant's scoring stages, nothing written.
 */
async function lockSheet(em: EntityManager, cell: Cell): Promise<CovenantSheet | null> {
  return em
    .getRepository(CovenantSheet)
    .createQueryBuilder('s')
    .setLock('pessimistic_read')
    .where('s.covenant_id = :covenant AND s.unit_id = :unit', { covenant: cell.covenant.id, unit: cell.unit.id })
    .getOne();
}

const NOT_SCORING = 'Giao ước không ở bước tự chấm điểm hoặc chấm chéo: không nhập được điểm.';

function requireScoringStage(cell: Cell, problems: Problems): void {
  if (!SCORING_STAGES.includes(cell.covenant.status)) problems.add('unitId', 'COVENANT_NOT_SCORING', NOT_SCORING);
  problems.throwIfAny();
}

/** Self-scores: only on a DRAFT sheet (opened here when the unit has none yet), while the covenant is scoring. */
export async function sheetForSelfScore(em: EntityManager, cell: Cell, problems: Problems): Promise<CovenantSheet> {
  requireScoringStage(cell, problems);
  let sheet = await lockSheet(em, cell);
  if (!sheet) {
    await openSheets(em, cell.covenant.id, cell.unit.id);
    sheet = (await lockSheet(em, cell))!;
  }
  if (sheet.status !== 'DRAFT') {
    problems.add('unitId', 'SHEET_LOCKED', 'Bảng tự chấm của đơn vị đã nộp: không sửa được điểm tự chấm (cần người thẩm định trả lại).');
  }
  problems.throwIfAny();
  return sheet;
}

/**
 * Review scores: the sheet's reviewer (its assigned cross-reviewer unit's officer), the bloc's
 * officer or the Board, else FORBIDDEN (asked before anything else). Answers the locked sheet.
 */
export async function reviewSheetFor(em: EntityManager, actor: Actor, cell: Cell): Promise<CovenantSheet | null> {
  const sheet = await lockSheet(em, cell);
  const placeholder = { blocId: cell.covenant.blocId, reviewerUnitId: null } as CovenantSheet;
  if (!reviewer(actor, sheet ?? placeholder)) throw new ForbiddenError();
  return sheet;
}

/** Review scores go on a SUBMITTED sheet while the covenant is scoring (review may start as sheets come in, before cross-review). */
export function checkReviewable(cell: Cell, sheet: CovenantSheet | null, problems: Problems): void {
  if (!SCORING_STAGES.includes(cell.covenant.status)) problems.add('unitId', 'COVENANT_NOT_SCORING', NOT_SCORING);
  else if (sheet?.status !== 'SUBMITTED') {
    problems.add('unitId', 'SHEET_NOT_IN_REVIEW', 'Bảng điểm của đơn vị chưa nộp hoặc đã thẩm định xong: không nhập được điểm thẩm định.');
  }
}
