import { useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { Checkbox, Input, Spin, Typography, type InputRef } from 'antd';
import { useTexts } from '../../i18n/language';
import type { FieldSpec } from './fields';
import { FIELD_TEXTS, SHEET_TEXTS } from './texts';
import type { Editing } from './useCellEditing';

export type Move = 'down' | 'next' | 'previous' | 'stay';

interface Props {
  editing: Editing;
  /** Whether the first field's text was typed on the cell (the caret goes after it) rather than opened with Enter (all selected). */
  typed: boolean;
  onChange(field: string, text: string | boolean): void;
  /** Save, then move like a spreadsheet (Enter: down, Tab: next cell); leaving the cell saves and stays. */
  onCommit(move: Move): void;
  onCancel(): void;
}

const focusables = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('input, select')];

/** The inputs of one cell in place: Enter saves, Escape cancels, Tab past the last input saves and moves on. */
export function CellEditor({ editing, typed, onChange, onCommit, onCancel }: Props) {
  const text = useTexts(SHEET_TEXTS);
  const labels = useTexts(FIELD_TEXTS);
  const root = useRef<HTMLDivElement>(null);
  const first = useRef<InputRef>(null);
  useEffect(() => {
    const input = first.current?.input;
    if (input && !typed) input.select();
    else if (root.current) focusables(root.current)[0]?.focus();
  }, [typed]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onCommit('down');
    } else if (event.key === 'Tab' && root.current) {
      const inputs = focusables(root.current);
      const edge = event.shiftKey ? inputs[0] : inputs[inputs.length - 1];
      if (event.target === edge) {
        event.preventDefault();
        onCommit(event.shiftKey ? 'previous' : 'next');
      }
    }
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!root.current?.contains(event.relatedTarget as Node | null)) onCommit('stay');
  };

  const input = (spec: FieldSpec, index: number) => {
    const value = editing.texts[spec.name];
    const label = labels[spec.name];
    if (spec.type === 'flag') {
      return (
        <Checkbox key={spec.name} checked={value === true} onChange={(e) => onChange(spec.name, e.target.checked)} data-testid={`edit-${spec.name}`}>
          {label}
        </Checkbox>
      );
    }
    if (spec.type === 'met') {
      return (
        <select
          key={spec.name}
          aria-label={label}
          className="scoring-select"
          value={String(value)}
          onChange={(e) => onChange(spec.name, e.target.value)}
          data-testid={`edit-${spec.name}`}
        >
          <option value="">—</option>
          <option value="true">{text.met}</option>
          <option value="false">{text.notMet}</option>
        </select>
      );
    }
    return (
      <Input
        key={spec.name}
        ref={index === 0 ? first : undefined}
        size="small"
        inputMode="decimal"
        aria-label={label}
        placeholder={label}
        value={String(value)}
        status={editing.error ? 'error' : undefined}
        onChange={(e) => onChange(spec.name, e.target.value)}
        data-testid={`edit-${spec.name}`}
      />
    );
  };

  return (
    <div ref={root} className="scoring-editor" onKeyDown={onKeyDown} onBlur={onBlur}>
      {editing.fields.map(input)}
      {editing.saving ? <Spin size="small" aria-label={text.saving} /> : null}
      {editing.error ? (
        <Typography.Text type="danger" role="alert" className="scoring-error" data-testid="cell-error">
          {editing.error}
        </Typography.Text>
      ) : null}
    </div>
  );
}
