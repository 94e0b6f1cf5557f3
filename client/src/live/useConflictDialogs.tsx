import { useMemo, useState, type ReactNode } from 'react';
import { ChangedBeforeDeleteDialog } from './ChangedBeforeDeleteDialog';
import type { Choices, ConflictLike, Input } from './conflicts';
import { DeletedDialog } from './DeletedDialog';
import { MergeDialog } from './MergeDialog';
import type { ConflictAnswers } from './saveVersioned';

type Open =
  | { kind: 'merge'; conflict: ConflictLike; resolve(choices: Choices | null): void }
  | { kind: 'deleted'; conflict: ConflictLike; values: Input; resolve(): void }
  | { kind: 'beforeDelete'; conflict: ConflictLike; resolve(confirmed: boolean): void };

export interface ConflictDialogs extends ConflictAnswers {
  /** EDITED_BEFORE_DELETE: true to delete the current version. */
  confirmDelete(conflict: ConflictLike): Promise<boolean>;
}

/**
 * The conflict dialogs of one record type as promises for the save loops (saveVersioned):
 * each call opens its dialog and resolves with the user's answer. Render `holder` once.
 */
export function useConflictDialogs(entityType: string): { answers: ConflictDialogs; holder: ReactNode } {
  const [open, setOpen] = useState<Open | null>(null);
  const answers = useMemo<ConflictDialogs>(
    () => ({
      merge: (conflict) => new Promise((resolve) => setOpen({ kind: 'merge', conflict, resolve })),
      deleted: (conflict, values) => new Promise((resolve) => setOpen({ kind: 'deleted', conflict, values, resolve })),
      confirmDelete: (conflict) => new Promise((resolve) => setOpen({ kind: 'beforeDelete', conflict, resolve })),
    }),
    [],
  );
  /** The open dialog of this kind closes first, then hands the answer to the save loop waiting for it. */
  const answer =
    <K extends Open['kind']>(kind: K) =>
    (...value: Parameters<Extract<Open, { kind: K }>['resolve']>) => {
      if (open?.kind !== kind) return;
      setOpen(null);
      (open.resolve as (...answer: typeof value) => void)(...value);
    };
  const holder = (
    <>
      <MergeDialog
        entityType={entityType}
        conflict={open?.kind === 'merge' ? open.conflict : null}
        onResolve={answer('merge')}
        onCancel={() => answer('merge')(null)}
      />
      <DeletedDialog entityType={entityType} deleted={open?.kind === 'deleted' ? open : null} onClose={() => answer('deleted')()} />
      <ChangedBeforeDeleteDialog
        entityType={entityType}
        conflict={open?.kind === 'beforeDelete' ? open.conflict : null}
        onConfirm={() => answer('beforeDelete')(true)}
        onCancel={() => answer('beforeDelete')(false)}
      />
    </>
  );
  return { answers, holder };
}
