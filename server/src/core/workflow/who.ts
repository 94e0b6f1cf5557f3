import { can, canWriteBloc, canWriteUnit } from '../auth/policy.js';
import type { Who } from './definition.js';

/** Who may make a transition, in the policy's terms (core/auth/policy.ts). */

/** The Board's writers (write:domain): officers of the Board, administrators, WRITE tokens. */
export const board: Who<unknown> = (actor) => can(actor, 'write:domain');

/** The Board, or the officer of the record's own bloc (write:bloc on that bloc). */
export const blocOf =
  <R>(blocId: (record: R) => string | null | undefined): Who<R> =>
  (actor, record) =>
    canWriteBloc(actor, blocId(record));

/** The Board, or the officer of the record's own unit (write:unit on that unit). */
export const unitOf =
  <R>(unitId: (record: R) => string | null | undefined): Who<R> =>
  (actor, record) =>
    canWriteUnit(actor, unitId(record));
