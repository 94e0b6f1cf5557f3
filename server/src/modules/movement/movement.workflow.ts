import { MovementStatus, MovementTransition } from '@thidua/shared';
import { defineWorkflow, type Guard } from '../../core/workflow/definition.js';
import { board } from '../../core/workflow/who.js';
import type { Movement } from './movement.entity.js';

/** A movement is launched by a document (number, date or decision): without one it cannot be. */
const launchDocumented: Guard<Movement, undefined> = ({ record }) =>
  record.launchDocument?.trim() || record.launchedOn || record.launchDecisionId ? null : { code: 'LAUNCH_DOCUMENT_MISSING' };

const L = MovementTransition.labels;

/**
 * A movement's life (DOMAIN.md §4), the Board's record: drafted, launched by a document, open for
 * registrations and dossiers, reviewed, concluded, archived. Steps back need a reason.
 */
export const movementWorkflow = defineWorkflow<MovementStatus, Movement>({
  name: 'movement',
  field: 'status',
  states: MovementStatus,
  initial: 'DRAFT',
  transitions: [
    { name: 'LAUNCH', from: ['DRAFT'], to: 'LAUNCHED', label: L.LAUNCH, who: board, guards: [launchDocumented] },
    { name: 'WITHDRAW', from: ['LAUNCHED'], to: 'DRAFT', label: L.WITHDRAW, who: board, reason: 'required' },
    { name: 'OPEN', from: ['LAUNCHED'], to: 'OPEN', label: L.OPEN, who: board },
    { name: 'START_REVIEW', from: ['OPEN'], to: 'REVIEWING', label: L.START_REVIEW, who: board },
    { name: 'REOPEN', from: ['REVIEWING'], to: 'OPEN', label: L.REOPEN, who: board, reason: 'required' },
    { name: 'CONCLUDE', from: ['REVIEWING'], to: 'CONCLUDED', label: L.CONCLUDE, who: board },
    { name: 'ARCHIVE', from: ['CONCLUDED'], to: 'ARCHIVED', label: L.ARCHIVE, who: board },
  ],
});
