/**
 * Editing against a version: what a form sends, and how a conflict the server answered is
 * resolved. Pure; the dialogs and hooks build on it.
 */

export type ConflictKind = 'EDITED' | 'DELETED' | 'EDITED_BEFORE_DELETE';

/** One field both sides changed: its value when the form opened, the current one, the user's. */
export interface FieldConflictLike {
  field: string;
  base?: unknown;
  theirs?: unknown;
  yours?: unknown;
}

/** The `conflict` of a mutation payload. */
export interface ConflictLike {
  kind: ConflictKind;
  currentVersion?: number | null;
  changedBy: readonly string[];
  fields: readonly FieldConflictLike[];
}

export type Input = Record<string, unknown>;

/**
 * An edit in progress: the record's version and values (as an update input) when the form
 * opened, and the values now. Only what differs is sent, so a field the user left alone never
 * overwrites (or conflicts with) someone else's change to it.
 */
export interface Draft {
  version: number;
  base: Input;
  current: Input;
}

/** Keep my value or theirs, per conflicting field. */
export type Choice = 'mine' | 'theirs';
export type Choices = Record<string, Choice>;

/** Values compare as JSON, the way the server compares them (lists in order, null = nothing). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields of `current` that differ from `base`. */
export function changedFields(base: Input, current: Input): Input {
  return Object.fromEntries(Object.entries(current).filter(([field, value]) => value !== undefined && !sameValue(base[field], value)));
}

/** What to send for a draft: the changed fields and the version they were made against. */
export function updateOf(draft: Draft): Input & { expectedVersion: number } {
  return { ...changedFields(draft.base, draft.current), expectedVersion: draft.version };
}

/** Until the user chooses, every field keeps the user's value: nothing they typed is lost. */
export function defaultChoices(conflict: ConflictLike): Choices {
  return Object.fromEntries(conflict.fields.map(({ field }) => [field, 'mine' as Choice]));
}

/**
 * The draft after the merge dialog: now against the current version, with the current values as
 * its base for the conflicting fields. A field kept as mine still differs and is sent again; a
 * field kept as theirs takes their value and is no longer sent. `theirs` are the values the form
 * shows from now on.
 */
export function rebase(draft: Draft, conflict: ConflictLike, choices: Choices): { draft: Draft; theirs: Input } {
  if (conflict.currentVersion == null) throw new Error('A conflict on a deleted record cannot be merged');
  const current = Object.fromEntries(conflict.fields.map(({ field, theirs }) => [field, theirs ?? null]));
  const theirs = Object.fromEntries(Object.entries(current).filter(([field]) => choices[field] === 'theirs'));
  return {
    draft: { version: conflict.currentVersion, base: { ...draft.base, ...current }, current: { ...draft.current, ...theirs } },
    theirs,
  };
}
