import { useHighlightClass } from '../../live/RemoteChangeNotice';
import { CellEditor, type Move } from './CellEditor';
import { CellView } from './CellView';
import type { SheetMode } from './fields';
import type { Position } from './gridKeys';
import { cellKey, type CellRef, type SheetScore } from './sheet';
import type { Editing } from './useCellEditing';

interface Props {
  cell: CellRef;
  score: SheetScore | undefined;
  mode: SheetMode;
  /** Where the keyboard reaches the cell; null for a parent criterion's sum. */
  position: Position | null;
  active: boolean;
  editable: boolean;
  editing: Editing | null;
  typed: boolean;
  onSelect(): void;
  onEdit(): void;
  onChange(field: string, text: string | boolean): void;
  onCommit(move: Move): void;
  onCancel(): void;
}

/** One unit × criterion cell: its values, or its editor while edited; it flashes when someone else changes it. */
export function SheetCell({ cell, score, mode, position, active, editable, editing, typed, onSelect, onEdit, onChange, onCommit, onCancel }: Props) {
  const record = mode === 'TARGETS' ? score?.targetRecord : score?.assessment;
  const highlight = useHighlightClass(record?.id);
  const mine = editing?.key === cellKey(cell) ? editing : null;
  const classes = ['scoring-cell', editable ? 'scoring-editable' : 'scoring-readonly', highlight, mine?.error ? 'scoring-invalid' : undefined];
  return (
    <td
      role="gridcell"
      tabIndex={position ? (active ? 0 : -1) : undefined}
      aria-selected={position ? active : undefined}
      aria-readonly={position ? !editable : undefined}
      className={classes.filter(Boolean).join(' ')}
      data-row={position?.row}
      data-col={position?.col}
      data-testid={`cell-${cell.criterion.number}-${cell.unit.name}`}
      onClick={onSelect}
      onDoubleClick={editable ? onEdit : undefined}
    >
      {mine ? (
        <CellEditor editing={mine} typed={typed} onChange={onChange} onCommit={onCommit} onCancel={onCancel} />
      ) : (
        <CellView criterion={cell.criterion} score={score} mode={mode} parent={!position} />
      )}
    </td>
  );
}
