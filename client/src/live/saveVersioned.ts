import { rebase, updateOf, type Choices, type ConflictLike, type Draft, type Input } from './conflicts';

/** A mutation payload of a versioned update: user errors, or a conflict (nothing written). */
export interface VersionedPayload {
  userErrors: readonly unknown[];
  conflict?: ConflictLike | null;
}

/** How the user answers a conflict (the dialogs of useConflictDialogs). */
export interface ConflictAnswers {
  /** EDITED: keep mine or theirs per field; null when they went back to the form. */
  merge(conflict: ConflictLike): Promise<Choices | null>;
  /** DELETED: the record is gone; resolves once they have read what they typed. */
  deleted(conflict: ConflictLike, values: Input): Promise<void>;
}

export type SaveOutcome<P> =
  | { status: 'saved'; payload: P; draft: Draft }
  | { status: 'refused'; payload: P; draft: Draft }
  | { status: 'cancelled'; draft: Draft }
  | { status: 'deleted'; draft: Draft };

/**
 * Sends a draft's changes with its version. On a conflict the user picks per field, the draft is
 * rebased on the current version and sent again, as often as someone else keeps getting in
 * first; `onTheirs` gets the values kept as theirs, for the form to show. The final draft comes
 * back too, so a form that stays open (user errors, cancelled) edits against what it last saw.
 */
export async function saveVersioned<P extends VersionedPayload>(
  initial: Draft,
  send: (input: Input & { expectedVersion: number }) => Promise<P>,
  answers: ConflictAnswers,
  onTheirs: (values: Input) => void = () => undefined,
): Promise<SaveOutcome<P>> {
  let draft = initial;
  for (;;) {
    const payload = await send(updateOf(draft));
    const conflict = payload.conflict;
    if (!conflict) return { status: payload.userErrors.length ? 'refused' : 'saved', payload, draft };
    if (conflict.kind !== 'EDITED' || conflict.currentVersion == null) {
      await answers.deleted(conflict, draft.current);
      return { status: 'deleted', draft };
    }
    const choices = await answers.merge(conflict);
    if (!choices) return { status: 'cancelled', draft };
    const next = rebase(draft, conflict, choices);
    draft = next.draft;
    if (Object.keys(next.theirs).length) onTheirs(next.theirs);
  }
}

export type DeleteOutcome<P> =
  | { status: 'deleted'; payload: P }
  | { status: 'refused'; payload: P }
  /** Someone else deleted it first: what the user wanted, said so. */
  | { status: 'gone'; conflict: ConflictLike }
  | { status: 'cancelled' };

/**
 * Deletes against a version. When someone changed the record since, the user sees what changed
 * (`confirm`) and deletes the current version, or keeps the record.
 */
export async function deleteVersioned<P extends VersionedPayload>(
  version: number,
  send: (expectedVersion: number) => Promise<P>,
  confirm: (conflict: ConflictLike) => Promise<boolean>,
): Promise<DeleteOutcome<P>> {
  let expectedVersion = version;
  for (;;) {
    const payload = await send(expectedVersion);
    const conflict = payload.conflict;
    if (!conflict) return { status: payload.userErrors.length ? 'refused' : 'deleted', payload };
    if (conflict.kind === 'DELETED' || conflict.currentVersion == null) return { status: 'gone', conflict };
    if (!(await confirm(conflict))) return { status: 'cancelled' };
    expectedVersion = conflict.currentVersion;
  }
}
