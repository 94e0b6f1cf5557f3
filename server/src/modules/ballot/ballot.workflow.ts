import { BallotStatus, BallotTransition } from '@thidua/shared';
import type { EntityManager } from 'typeorm';
import { defineWorkflow } from '../../core/workflow/definition.js';
import { blocOf } from '../../core/workflow/who.js';
import type { BallotSession } from './ballot-session.entity.js';
import { attendanceOf, composeMinutes, covenantOf } from './ballot-minutes.js';
import { recordResults } from './ballot-results.js';
import { countSession } from './ballot.count.js';

const bloc = blocOf<BallotSession>((s) => s.blocId);
const L = BallotTransition.labels;

/**
 * At CLOSE, in the closing transaction: the voters are counted once (so later membership edits
 * cannot change a closed result), the result is recorded (the bloc's leader, proposals:
 * ballot-results.ts) and the minutes are written as a snapshot (ballot-minutes.ts).
 */
async function onEnter(em: EntityManager, record: BallotSession, to: BallotStatus): Promise<void> {
  if (to !== 'CLOSED') return;
  // The voters are the member units of the covenant's year, as the minutes' attendance lists them.
  const attendance = await attendanceOf(em, record);
  record.closedVoterCount = attendance.length;
  const result = await countSession(em, record, record.closedVoterCount);
  const covenant = await covenantOf(em, record);
  const leader = await recordResults(em, record, covenant.year, result);
  record.minutes = await composeMinutes(em, record, covenant, result, leader, attendance);
}

/**
 * A ballot session (WORKFLOW.md §1): the bloc (its officer or the Board) drafts it, opens it,
 * closes it (the tally is then fixed: no ballot is taken once it is not OPEN) or cancels it with a reason.
 */
export const ballotWorkflow = defineWorkflow<BallotStatus, BallotSession>({
  name: 'ballot',
  field: 'status',
  states: BallotStatus,
  initial: 'DRAFT',
  onEnter,
  transitions: [
    { name: 'OPEN', from: ['DRAFT'], to: 'OPEN', label: L.OPEN, who: bloc },
    { name: 'CLOSE', from: ['OPEN'], to: 'CLOSED', label: L.CLOSE, who: bloc },
    { name: 'CANCEL', from: ['DRAFT', 'OPEN'], to: 'CANCELLED', label: L.CANCEL, who: bloc, reason: 'required' },
  ],
});
