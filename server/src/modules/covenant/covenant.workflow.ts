import type { EntityManager } from 'typeorm';
import { CovenantStatus, CovenantTransition } from '@thidua/shared';
import { defineWorkflow, type Guard, type Queryable } from '../../core/workflow/definition.js';
import { blocOf, board } from '../../core/workflow/who.js';
import type { Covenant } from './covenant.entity.js';
import { MEMBER_IN_COVENANT_YEAR } from './covenant.refs.js';
import { openSheets, SHEET_COUNTS } from './covenant.sheets.js';

/** What the covenant's guards need: its bloc's members in its year, who of them has not signed, next year's head, a closed leading-unit vote. */
export interface CovenantFacts {
  members: number;
  unsigned: number;
  nextHeadAssigned: boolean;
  /** Members whose assessment sheet is not yet submitted (or missing). */
  unsubmitted: number;
  /** Members whose assessment sheet is not yet final (or missing). */
  unfinal: number;
  leadingVoteClosed: boolean;
}

async function covenantFacts(db: Queryable, ids: readonly string[]): Promise<Map<string, CovenantFacts>> {
  const rows: { id: string; members: number; unsigned: number; next_head: boolean; unsubmitted: number; unfinal: number; leading_vote: boolean }[] =
    await db.query(
      `SELECT c.id,
       (SELECT COUNT(DISTINCT m.unit_id) FROM bloc_membership m WHERE ${MEMBER_IN_COVENANT_YEAR})::int AS members,
       (SELECT COUNT(DISTINCT m.unit_id) FROM bloc_membership m WHERE ${MEMBER_IN_COVENANT_YEAR}
           AND NOT EXISTS (SELECT 1 FROM covenant_signature s WHERE s.covenant_id = c.id AND s.unit_id = m.unit_id))::int AS unsigned,
       EXISTS (SELECT 1 FROM bloc_year_role r WHERE r.bloc_id = c.bloc_id AND r.year = c.year + 1 AND r.role = 'HEAD') AS next_head,
       EXISTS (SELECT 1 FROM ballot_session b WHERE b.covenant_id = c.id AND b.purpose = 'LEADING_UNIT' AND b.status = 'CLOSED') AS leading_vote,${SHEET_COUNTS}
     FROM covenant c WHERE c.id = ANY($1::uuid[])`,
      [[...ids]],
    );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        members: r.members,
        unsigned: r.unsigned,
        nextHeadAssigned: r.next_head,
        unsubmitted: r.unsubmitted,
        unfinal: r.unfinal,
        leadingVoteClosed: r.leading_vote,
      },
    ]),
  );
}

const everyMemberSigned: Guard<Covenant, CovenantFacts> = ({ facts }) => {
  if (facts.members === 0) return { code: 'NO_MEMBERS' };
  if (facts.unsigned > 0) {
    return {
      code: 'NOT_ALL_SIGNED',
      message: `Mới ${facts.members - facts.unsigned}/${facts.members} đơn vị thành viên ký giao ước; còn ${facts.unsigned} đơn vị chưa ký.`,
    };
  }
  return null;
};

const nextHeadAssigned: Guard<Covenant, CovenantFacts> = ({ record, facts }) =>
  facts.nextHeadAssigned ? null : { code: 'NEXT_HEAD_MISSING', message: `Chưa phân công trưởng khối năm ${record.year + 1}.` };

const everySheetSubmitted: Guard<Covenant, CovenantFacts> = ({ facts }) =>
  facts.unsubmitted > 0
    ? {
        code: 'SHEETS_NOT_SUBMITTED',
        message: `Mới ${facts.members - facts.unsubmitted}/${facts.members} đơn vị nộp bảng tự chấm; còn ${facts.unsubmitted} đơn vị chưa nộp.`,
      }
    : null;

/** Voting needs final scores. */
const everySheetFinal: Guard<Covenant, CovenantFacts> = ({ facts }) =>
  facts.unfinal > 0
    ? {
        code: 'SHEETS_NOT_FINAL',
        message: `Mới ${facts.members - facts.unfinal}/${facts.members} đơn vị được chốt điểm; còn ${facts.unfinal} đơn vị chưa chốt.`,
      }
    : null;

/** Entering self-assessment opens every member's sheet (existing ones, e.g. after a step back, stay as they are). */
async function onEnter(em: EntityManager, record: Covenant, to: CovenantStatus): Promise<void> {
  if (to === 'SELF_ASSESSMENT') await openSheets(em, record.id);
}

const leadingVoteClosed: Guard<Covenant, CovenantFacts> = ({ facts }) =>
  facts.leadingVoteClosed
    ? null
    : {
        code: 'LEADING_VOTE_MISSING',
        message: 'Chưa có phiên bình chọn đơn vị dẫn đầu đã kết thúc: cần kết thúc phiên bỏ phiếu trước khi đề nghị khen thưởng.',
      };

/** Before it is signed, signatures come and go; from SIGNED on, removing one would break the SIGNED guard. */
export const SIGNATURES_OPEN: readonly CovenantStatus[] = ['DRAFT', 'IN_COMMENT', 'READY_TO_SIGN'];

const bloc = blocOf<Covenant>((c) => c.blocId);
const L = CovenantTransition.labels;

/**
 * A covenant's year (DOMAIN.md §4): the bloc drafts it, members comment, every member signs, the
 * year runs, units self-score, review (the bloc, or members cross-reviewing), vote, propose; the Board closes it once next year's
 * head is assigned. Self-assessment opens every member's sheet; review needs every sheet
 * submitted, voting every sheet final (modules/scoring/covenant-sheet.workflow.ts). Steps back (to draft, to comment, to signing, to self-assessment, to voting)
 * need a reason; reopening signing (to correct a signature) and voting are the Board's.
 */
export const covenantWorkflow = defineWorkflow<CovenantStatus, Covenant, CovenantFacts>({
  name: 'covenant',
  field: 'status',
  states: CovenantStatus,
  initial: 'DRAFT',
  facts: covenantFacts,
  onEnter,
  transitions: [
    { name: 'SEND_FOR_COMMENT', from: ['DRAFT'], to: 'IN_COMMENT', label: L.SEND_FOR_COMMENT, who: bloc },
    { name: 'BACK_TO_DRAFT', from: ['IN_COMMENT'], to: 'DRAFT', label: L.BACK_TO_DRAFT, who: bloc, reason: 'required' },
    { name: 'READY_TO_SIGN', from: ['IN_COMMENT'], to: 'READY_TO_SIGN', label: L.READY_TO_SIGN, who: bloc },
    { name: 'REOPEN_COMMENT', from: ['READY_TO_SIGN'], to: 'IN_COMMENT', label: L.REOPEN_COMMENT, who: bloc, reason: 'required' },
    { name: 'MARK_SIGNED', from: ['READY_TO_SIGN'], to: 'SIGNED', label: L.MARK_SIGNED, who: bloc, guards: [everyMemberSigned] },
    { name: 'REOPEN_SIGNING', from: ['SIGNED'], to: 'READY_TO_SIGN', label: L.REOPEN_SIGNING, who: board, reason: 'required' },
    { name: 'START', from: ['SIGNED'], to: 'IN_PROGRESS', label: L.START, who: bloc },
    { name: 'OPEN_SELF_ASSESSMENT', from: ['IN_PROGRESS'], to: 'SELF_ASSESSMENT', label: L.OPEN_SELF_ASSESSMENT, who: bloc },
    { name: 'START_REVIEW', from: ['SELF_ASSESSMENT'], to: 'REVIEW', label: L.START_REVIEW, who: bloc, guards: [everySheetSubmitted] },
    { name: 'BACK_TO_SELF_ASSESSMENT', from: ['REVIEW'], to: 'SELF_ASSESSMENT', label: L.BACK_TO_SELF_ASSESSMENT, who: bloc, reason: 'required' },
    { name: 'OPEN_VOTING', from: ['REVIEW'], to: 'VOTING', label: L.OPEN_VOTING, who: bloc, guards: [everySheetFinal] },
    { name: 'PROPOSE', from: ['VOTING'], to: 'PROPOSED', label: L.PROPOSE, who: bloc, guards: [leadingVoteClosed] },
    { name: 'REOPEN_VOTING', from: ['PROPOSED'], to: 'VOTING', label: L.REOPEN_VOTING, who: board, reason: 'required' },
    { name: 'CLOSE', from: ['PROPOSED'], to: 'CLOSED', label: L.CLOSE, who: board, guards: [nextHeadAssigned] },
  ],
});
