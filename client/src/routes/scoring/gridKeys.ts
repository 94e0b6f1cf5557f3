import type { FieldSpec, FieldText } from './fields';

export interface Position {
  row: number;
  col: number;
}

export type KeyAction = { type: 'move'; to: Position } | { type: 'edit'; typed?: FieldText } | null;

interface Key {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Tab order over the grid: along the row, then to the next row; null past either end (focus leaves the grid). */
export function tabFrom({ row, col }: Position, rows: number, cols: number, back: boolean): Position | null {
  const index = row * cols + col + (back ? -1 : 1);
  if (index < 0 || index >= rows * cols) return null;
  return { row: Math.floor(index / cols), col: index % cols };
}

/** What typing a character on a cell puts into its first field; undefined when it does not start an edit. */
export function typedText(spec: FieldSpec, char: string): FieldText | undefined {
  if (spec.type === 'met') {
    if ('đdy1'.includes(char.toLowerCase())) return 'true';
    if ('kn0'.includes(char.toLowerCase())) return 'false';
    return undefined;
  }
  if (spec.type === 'flag') return undefined;
  return /^[0-9,.-]$/.test(char) ? char : undefined;
}

/**
 * A key on the grid (no cell edited): arrows, Home/End and Tab move; Enter or F2 edit; Backspace and
 * Delete edit from empty; a digit (or đ / k for đạt / không đạt) edits starting with it.
 */
export function keyAction(event: Key, at: Position, rows: number, cols: number, first: FieldSpec | undefined): KeyAction {
  const clamp = (row: number, col: number): KeyAction => ({
    type: 'move',
    to: { row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) },
  });
  switch (event.key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'Home':
      return clamp(event.ctrlKey ? 0 : at.row, 0);
    case 'End':
      return clamp(event.ctrlKey ? rows - 1 : at.row, cols - 1);
    case 'Tab': {
      const to = tabFrom(at, rows, cols, !!event.shiftKey);
      return to ? { type: 'move', to } : null;
    }
    case 'Enter':
    case 'F2':
      return first ? { type: 'edit' } : null;
    case 'Backspace':
    case 'Delete':
      return first && first.type !== 'met' && first.type !== 'flag' ? { type: 'edit', typed: '' } : null;
  }
  if (!first || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return null;
  const typed = typedText(first, event.key);
  return typed === undefined ? null : { type: 'edit', typed };
}
