import { useCallback, useRef, useState } from 'react';
import { useLanguage } from '../../i18n/language';
import { changedFields, type Draft, type Input } from '../../live/conflicts';
import { parseField, textOf, type FieldSpec, type FieldText, type SheetMode } from './fields';
import { cellKey, recordOf, storedValue, type CellRef, type Sheet } from './sheet';
import type { CellSaveResult } from './useCellSave';

/** The one cell being edited: what it started from (version, values) and what the user typed. */
export interface Editing {
  key: string;
  cell: CellRef;
  fields: FieldSpec[];
  texts: Record<string, FieldText>;
  version: number;
  base: Input;
  error: string | null;
  saving: boolean;
}

type Save = (mode: SheetMode, cell: CellRef, draft: Draft) => Promise<CellSaveResult>;

/**
 * Editing one cell at a time. The version and values are taken when editing starts, so a live
 * update arriving meanwhile is a conflict at save (the merge dialog), never silently overwritten.
 * Bad input stays in the editor with its message and sends nothing.
 */
export function useCellEditing(mode: SheetMode, sheet: Sheet, save: Save) {
  const { language } = useLanguage();
  const [editing, setState] = useState<Editing | null>(null);
  const current = useRef<Editing | null>(null);
  const set = useCallback((next: Editing | null) => {
    current.current = next;
    setState(next);
  }, []);

  const start = useCallback(
    (cell: CellRef, fields: FieldSpec[], typed?: FieldText) => {
      if (!fields.length || current.current) return;
      const score = sheet.score(cell.criterion.id, cell.unit.id);
      const base = Object.fromEntries(fields.map((f) => [f.name, storedValue(f.name, score)]));
      const texts = Object.fromEntries(fields.map((f) => [f.name, textOf(f, storedValue(f.name, score))]));
      if (typed !== undefined) texts[fields[0]!.name] = typed;
      set({ key: cellKey(cell), cell, fields, texts, base, version: recordOf(mode, score)?.version ?? 0, error: null, saving: false });
    },
    [mode, sheet, set],
  );

  const change = useCallback(
    (field: string, text: FieldText) => {
      if (current.current) set({ ...current.current, texts: { ...current.current.texts, [field]: text }, error: null });
    },
    [set],
  );

  const cancel = useCallback(() => {
    if (!current.current?.saving) set(null);
  }, [set]);

  /** Saves the cell; true once nothing is left to save (saved, or nothing changed). */
  const commit = useCallback(async (): Promise<boolean> => {
    const open = current.current;
    if (!open || open.saving) return false;
    const values: Input = {};
    for (const spec of open.fields) {
      const parsed = parseField(spec, open.texts[spec.name] ?? '', language);
      if (!parsed.ok) {
        set({ ...open, error: parsed.error });
        return false;
      }
      values[spec.name] = parsed.value;
    }
    if (!Object.keys(changedFields(open.base, values)).length) {
      set(null);
      return true;
    }
    set({ ...open, saving: true, error: null });
    const result = await save(mode, open.cell, { version: open.version, base: open.base, current: values });
    if (result.status === 'saved') {
      set(null);
      return true;
    }
    set({ ...open, saving: false, error: result.status === 'error' ? result.message : null });
    return false;
  }, [language, mode, save, set]);

  return { editing, start, change, cancel, commit };
}
