import { type DossierAttachmentKind, DossierStatus, DossierTransition } from '@thidua/shared';
import { defineWorkflow, type Guard, type Queryable } from '../../core/workflow/definition.js';
import { board } from '../../core/workflow/who.js';
import { checklistFacts, missingMessage } from './dossier-attachments.checklist.js';
import { dueDateAt } from './dossier.deadline.js';
import type { Dossier } from './dossier.entity.js';
import { isHolder, isOwner } from './dossier.who.js';

/** What the guards need: how many lines are in the list to propose, how many of them the Board has not appraised, which required attachments are missing. */
export interface DossierFacts {
  includedLines: number;
  unappraisedLines: number;
  missingAttachments: DossierAttachmentKind[];
}

async function dossierFacts(db: Queryable, ids: readonly string[]): Promise<Map<string, DossierFacts>> {
  const rows: { id: string; n: number; open: number }[] = await db.query(
    `SELECT d.id, COUNT(l.id)::int AS n, COUNT(l.id) FILTER (WHERE l.appraisal_result IS NULL)::int AS open
       FROM dossier d LEFT JOIN dossier_line l ON l.dossier_id = d.id AND l.included
      WHERE d.id = ANY($1::uuid[]) GROUP BY d.id`,
    [[...ids]],
  );
  const checklists = await checklistFacts(db, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      { includedLines: r.n, unappraisedLines: r.open, missingAttachments: (checklists.get(r.id) ?? []).filter((c) => c.missing).map((c) => c.kind) },
    ]),
  );
}

const hasLines: Guard<Dossier, DossierFacts> = ({ facts }) => (facts.includedLines > 0 ? null : { code: 'DOSSIER_EMPTY' });
const hasProposalNumber: Guard<Dossier, DossierFacts> = ({ record }) => (record.proposalNumber?.trim() ? null : { code: 'PROPOSAL_NUMBER_MISSING' });
/** Every attachment the lines' awards need (dossier-attachments.checklist.ts), the proposal letter always. */
const hasAttachments: Guard<Dossier, DossierFacts> = ({ facts }) =>
  facts.missingAttachments.length ? { code: 'ATTACHMENTS_MISSING', message: missingMessage(facts.missingAttachments) } : null;
const atAppraisalLevel: Guard<Dossier, DossierFacts> = ({ record }) =>
  record.currentLevel === 'BOARD'
    ? null
    : { code: 'INVALID_STATE', message: 'Khối, cơ quan cấp trên không chuyển thẳng: tổng hợp các hồ sơ đã tiếp nhận vào hồ sơ của mình rồi gửi lên Ban.' };
const allAppraised: Guard<Dossier, DossierFacts> = ({ facts }) => (facts.unappraisedLines === 0 ? null : { code: 'LINES_NOT_APPRAISED' });
/** AWARDED only through approveDossier, which links the decision it issues before it runs this step. */
const decisionLinked: Guard<Dossier, DossierFacts> = ({ record }) => (record.decisionId ? null : { code: 'DECISION_REQUIRED' });
/** Back from AWARDED only through cancelDossierApproval, which removes the commendations and unlinks the decision first. */
const decisionCleared: Guard<Dossier, DossierFacts> = ({ record }) =>
  record.decisionId
    ? { code: 'INVALID_STATE', message: 'Hủy phê duyệt bằng thao tác hủy phê duyệt: gỡ các khen thưởng và quyết định đã ghi theo hồ sơ.' }
    : null;

/** Where the dossier is after a step: the level, the unit holding it and its due date there. */
async function onEnter(db: Queryable, record: Dossier, to: DossierStatus): Promise<void> {
  const from = record.status;
  let level = record.currentLevel;
  if (to === 'SUBMITTED') level = record.receiverLevel;
  else if (to === 'RETURNED') level = record.originLevel;
  else if (to === 'AWAITING_DECISION') level = 'COUNCIL';
  else if (to === 'RETURNED_FOR_REVIEW') level = 'BOARD';
  if (level === record.currentLevel && from !== 'DRAFT' && from !== 'RETURNED') return;
  record.currentLevel = level;
  record.holderUnitId =
    level === 'UNIT'
      ? record.proposingUnitId
      : level === 'SUPERIOR_AGENCY'
        ? record.originLevel === level
          ? record.proposingUnitId
          : record.receiverUnitId
        : null;
  record.dueOn = await dueDateAt(db, level);
}

const L = DossierTransition.labels;

/**
 * A nomination dossier's way up (WORKFLOW.md §2; LPM codes in brackets): the owner submits it
 * [CC/BTL → CD]; the receiving level receives [DTN] or returns it with a reason [BTL]; a bloc or
 * superior agency aggregates what it received into its own dossier (aggregateDossiers, sources
 * [DTH]); the Board (appraisal) forwards [DD] and sends it to the decision level [CXKT], which may
 * return it for review [BTLXD] to the Board, which re-forwards or returns it. The Board appraises each
 * line while it holds the dossier (dossier-appraisal.service.ts); sending to the decision level needs
 * every included line appraised. AWARDED [DKT] is approveDossier's (the decision and commendations,
 * dossier-approval.service.ts), and back to AWAITING_DECISION [HuyPheDuyet] cancelDossierApproval's.
 * Each step's who, when, reason and level change are in the record's history (change_event).
 */
export const dossierWorkflow = defineWorkflow<DossierStatus, Dossier, DossierFacts>({
  name: 'dossier',
  field: 'status',
  states: DossierStatus,
  initial: 'DRAFT',
  facts: dossierFacts,
  onEnter,
  transitions: [
    { name: 'SUBMIT', from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', label: L.SUBMIT, who: isOwner, guards: [hasLines, hasProposalNumber, hasAttachments] },
    { name: 'RECEIVE', from: ['SUBMITTED'], to: 'RECEIVED', label: L.RECEIVE, who: isHolder },
    { name: 'RETURN', from: ['SUBMITTED', 'RECEIVED', 'RETURNED_FOR_REVIEW'], to: 'RETURNED', label: L.RETURN, who: isHolder, reason: 'required' },
    { name: 'FORWARD', from: ['RECEIVED', 'RETURNED_FOR_REVIEW'], to: 'FORWARDED', label: L.FORWARD, who: isHolder, guards: [atAppraisalLevel] },
    { name: 'SEND_TO_DECISION', from: ['FORWARDED'], to: 'AWAITING_DECISION', label: L.SEND_TO_DECISION, who: board, guards: [allAppraised] },
    { name: 'RETURN_FOR_REVIEW', from: ['AWAITING_DECISION'], to: 'RETURNED_FOR_REVIEW', label: L.RETURN_FOR_REVIEW, who: board, reason: 'required' },
    { name: 'AWARD', from: ['AWAITING_DECISION'], to: 'AWARDED', label: L.AWARD, who: board, guards: [decisionLinked] },
    {
      name: 'CANCEL_APPROVAL',
      from: ['AWARDED'],
      to: 'AWAITING_DECISION',
      label: L.CANCEL_APPROVAL,
      who: board,
      reason: 'required',
      guards: [decisionCleared],
    },
  ],
});
