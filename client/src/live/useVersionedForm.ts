import { useCallback, useRef } from 'react';
import type { FormInstance } from 'antd';
import { fromLocalDate } from '../lib/formInput';
import { useSaveForm } from '../lib/useSaveForm';
import type { Input } from './conflicts';
import { payloadOf, useVersionedSave, type MaskedPayload } from './useVersionedSave';

interface Options<V, I extends Input> {
  /** The GraphQL type edited, for field labels ("Unit"). */
  entityType: string;
  /** Form values as the update input (without id); the same function for the record as loaded and as edited. */
  toInput(values: V): I;
  /** Fields the form holds as dates (dayjs) and the input as "YYYY-MM-DD". */
  dateFields?: readonly string[];
  /** After the user read that the record was deleted meanwhile (leave to the list, close the form). */
  onDeleted?(): void;
}

const NO_DATES: readonly string[] = [];

/** A record as an edit form shows it: its values (as the form holds them) and their version. */
export interface Loaded<V> {
  values: Parameters<FormInstance<V>['setFieldsValue']>[0];
  version: number;
}

/**
 * An edit form against the version it opened: `load(record)` fills it (or empties it, to create),
 * `saveChanges(values, send)` sends only what the user changed, with that version. A conflict opens the
 * merge dialog (fields kept as theirs take their value in the form) and sends again; a deletion
 * meanwhile shows what the user typed. User errors and failures show like every form's
 * (useSaveForm). Render `holder` next to the form.
 */
export function useVersionedForm<V, I extends Input>(form: FormInstance<V>, { entityType, toInput, dateFields = NO_DATES, onDeleted }: Options<V, I>) {
  const { problems, clearProblems, save: saveForm } = useSaveForm(form);
  const { save, holder } = useVersionedSave(entityType);
  const opened = useRef<{ version: number; base: Input } | null>(null);

  const showTheirs = useCallback(
    (values: Input) => {
      const shown = Object.fromEntries(
        Object.entries(values).map(([field, value]) => [field, dateFields.includes(field) ? (fromLocalDate(value as string | null) ?? null) : value]),
      );
      form.setFieldsValue(shown as never);
    },
    [form, dateFields],
  );

  /**
   * Fills the form as it opens, or with a newer version it follows, in this order: back to its
   * initial values, then the record's values, then what saves compare with (the version, and the
   * form's full values as they now are; read before the record's values are in, it would be the
   * last record's or the empty form). Without a record (creating) only the reset. The last save's
   * problems go too, unless `keepProblems`.
   */
  const load = useCallback(
    (record?: Loaded<V>, { keepProblems = false }: { keepProblems?: boolean } = {}) => {
      form.resetFields();
      if (record) {
        form.setFieldsValue(record.values);
        opened.current = { version: record.version, base: toInput(form.getFieldsValue(true) as V) };
      }
      if (!keepProblems) clearProblems();
    },
    [form, toInput, clearProblems],
  );

  const submit = useCallback(
    <P extends MaskedPayload>(values: V, send: (input: Partial<I> & { expectedVersion: number }) => Promise<P>) =>
      saveForm(async () => {
        const start = opened.current;
        if (!start) throw new Error('useVersionedForm: submit before load');
        // The changed fields of I, as saveVersioned picks them.
        const outcome = await save({ ...start, current: toInput(values) }, send as (input: Input & { expectedVersion: number }) => Promise<P>, showTheirs);
        // Stays open (user errors, back from the dialog): later saves build on what it saw last.
        opened.current = { version: outcome.draft.version, base: outcome.draft.base };
        if (outcome.status === 'deleted') onDeleted?.();
        return payloadOf(outcome);
      }),
    [saveForm, save, toInput, showTheirs, onDeleted],
  );

  /** `save` is the plain one, for creating. */
  return { problems, save: saveForm, load, saveChanges: submit, holder };
}
