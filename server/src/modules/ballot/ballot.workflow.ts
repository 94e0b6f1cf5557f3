import { BallotStatus, BallotTransition } from '@thidua/shared';
import { defineWorkflow, type Queryable } from '../../core/workflow/definition.js';
import { blocOf } from '../../core/workflow/who.js';
import type { BallotSession } from './ballot-session.entity.js';
import { countVoters } from './ballot.voters.js';

const bloc = blocOf<BallotSession>((s) => s.blocId);
const L = BallotTransition.labels;

/** At CLOSE the voters are counted once, so later membership edits cannot change a closed result. */
async function onEnter(db: Queryable, record: BallotSession, to: BallotStatus): Promise<void> {
  if (to === 'CLOSED') record.closedVoterCount = await countVoters(db, record.covenantId);
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
