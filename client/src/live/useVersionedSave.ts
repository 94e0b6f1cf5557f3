import { useCallback, type ReactNode } from 'react';
import { App } from 'antd';
import { getFragmentData, type FragmentType } from '../gql';
import { useLanguage } from '../i18n/language';
import type { UserErrorLike } from '../lib/userErrors';
import type { ConflictLike, Draft, Input } from './conflicts';
import { MergeDialog_conflict } from './MergeDialog';
import { deleteVersioned, saveVersioned, type DeleteOutcome, type SaveOutcome } from './saveVersioned';
import { useConflictDialogs } from './useConflictDialogs';
import { whoChanged } from './useFieldText';

/** A versioned mutation's payload as the generated types give it (the conflict as a fragment). */
export interface MaskedPayload {
  userErrors: readonly UserErrorLike[];
  conflict?: FragmentType<typeof MergeDialog_conflict> | null;
}

type Unmasked<P extends MaskedPayload> = Omit<P, 'conflict'> & { conflict: ConflictLike | null };

function unmask<P extends MaskedPayload>(payload: P): Unmasked<P> {
  return { ...payload, conflict: payload.conflict ? (getFragmentData(MergeDialog_conflict, payload.conflict) as ConflictLike) : null };
}

/** The payload of a save that reached the server without a conflict (saved, or refused with user errors). */
export function payloadOf<P>(outcome: SaveOutcome<P> | DeleteOutcome<P>): P | null {
  return 'payload' in outcome ? outcome.payload : null;
}

/**
 * Versioned updates and deletes of one record type, with their conflict dialogs (render
 * `holder`). `save` sends a draft's changes and merges conflicts with the user; `remove` deletes
 * against a version, asking first when the record changed since, and says so when someone else
 * deleted it first.
 */
export function useVersionedSave(entityType: string): {
  save<P extends MaskedPayload>(
    draft: Draft,
    send: (input: Input & { expectedVersion: number }) => Promise<P>,
    onTheirs?: (values: Input) => void,
  ): Promise<SaveOutcome<Unmasked<P>>>;
  remove<P extends MaskedPayload>(version: number, send: (expectedVersion: number) => Promise<P>): Promise<DeleteOutcome<Unmasked<P>>>;
  holder: ReactNode;
} {
  const { answers, holder } = useConflictDialogs(entityType);
  const { message } = App.useApp();
  const { language } = useLanguage();
  const save = useCallback(
    <P extends MaskedPayload>(draft: Draft, send: (input: Input & { expectedVersion: number }) => Promise<P>, onTheirs?: (values: Input) => void) =>
      saveVersioned(draft, async (input) => unmask(await send(input)), answers, onTheirs),
    [answers],
  );
  const remove = useCallback(
    async <P extends MaskedPayload>(version: number, send: (expectedVersion: number) => Promise<P>) => {
      const outcome = await deleteVersioned(version, async (expectedVersion) => unmask(await send(expectedVersion)), answers.confirmDelete);
      if (outcome.status === 'gone') {
        const who = whoChanged(outcome.conflict.changedBy, language);
        void message.info(language === 'vi' ? `${who} đã xóa bản ghi này trước bạn.` : `${who} deleted this record before you.`);
      }
      return outcome;
    },
    [answers, message, language],
  );
  return { save, remove, holder };
}
