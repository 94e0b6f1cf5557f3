import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLanguage, useTexts } from '../../i18n/language';
import { CriterionKind } from '@thidua/shared';
import type { FieldText, SheetMode } from './fields';
import { keyAction, tabFrom, type Position } from './gridKeys';
import { formatScore } from './numbers';
import { editableFields, type Sheet, type SheetPermissions } from './sheet';
import { SheetCell } from './SheetCell';
import { SHEET_TEXTS } from './texts';
import type { Move } from './CellEditor';
import type { useCellEditing } from './useCellEditing';

interface Props {
  sheet: Sheet;
  mode: SheetMode;
  may: SheetPermissions;
  editor: ReturnType<typeof useCellEditing>;
  active: Position;
  onActive(position: Position): void;
}

/**
 * The units × criteria grid (a WAI-ARIA grid): one tab stop, arrows / Tab / Home / End move over
 * the leaf cells, Enter or typing edits the active one. Parent criteria are rows of sums.
 */
export function ScoringGrid({ sheet, mode, may, editor, active, onActive }: Props) {
  const { label } = useLanguage();
  const text = useTexts(SHEET_TEXTS);
  const table = useRef<HTMLTableElement>(null);
  const [typed, setTyped] = useState(false);
  const rows = sheet.leaves.length;
  const cols = sheet.units.length;
  const cellAt = ({ row, col }: Position) => ({ criterion: sheet.leaves[row]!, unit: sheet.units[col]! });

  // Keep the focus on the active cell while the grid has it (moves, and after an editor closes).
  const focusCell = useRef(false);
  useEffect(() => {
    if (!focusCell.current || editor.editing) return;
    focusCell.current = false;
    table.current?.querySelector<HTMLElement>(`[data-row="${active.row}"][data-col="${active.col}"]`)?.focus();
  }, [active, editor.editing]);
  const moveTo = (to: Position) => {
    focusCell.current = true;
    onActive(to);
  };
  const edit = (at: Position, initial?: FieldText) => {
    if (!rows || !cols) return;
    setTyped(initial !== undefined);
    editor.start(cellAt(at), editableFields(mode, cellAt(at), may), initial);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editor.editing || !rows || !cols) return;
    const first = editableFields(mode, cellAt(active), may)[0];
    const action = keyAction(event, active, rows, cols, first);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'move') moveTo(action.to);
    else edit(active, action.typed);
  };
  const onCommit = async (move: Move) => {
    const at = active;
    if (!(await editor.commit()) || move === 'stay') return;
    const to = move === 'down' ? { row: Math.min(rows - 1, at.row + 1), col: at.col } : tabFrom(at, rows, cols, move === 'previous');
    moveTo(to ?? at);
  };
  const onCancel = () => {
    focusCell.current = true;
    editor.cancel();
  };

  let leafIndex = -1;
  return (
    <div className="scoring-scroll">
      <table ref={table} role="grid" className="scoring-grid" aria-label={text.sheet} onKeyDown={onKeyDown} data-testid="scoring-grid">
        <thead>
          <tr>
            <th className="scoring-sticky">{text.criterion}</th>
            {sheet.units.map((unit) => (
              <th key={unit.id} data-testid="sheet-unit">
                {unit.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.criteria.map((criterion) => {
            const leaf = sheet.leaves.includes(criterion);
            const row = leaf ? ++leafIndex : -1;
            return (
              <tr key={criterion.id} className={leaf ? undefined : 'scoring-parent'}>
                <th scope="row" className="scoring-sticky" style={{ paddingInlineStart: 8 + 16 * (criterion.number.split('.').length - 1) }}>
                  <div>
                    <strong>{criterion.number}</strong> {criterion.title}
                  </div>
                  <div className="scoring-meta">
                    {[
                      leaf ? label(CriterionKind.labels[criterion.kind]) : null,
                      criterion.maxScore != null ? `${text.max} ${formatScore(criterion.maxScore)}` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </th>
                {sheet.units.map((unit, col) => (
                  <SheetCell
                    key={unit.id}
                    cell={{ criterion, unit }}
                    score={sheet.score(criterion.id, unit.id)}
                    mode={mode}
                    position={leaf ? { row, col } : null}
                    active={leaf && active.row === row && active.col === col}
                    editable={leaf && editableFields(mode, { criterion, unit }, may).length > 0}
                    editing={editor.editing}
                    typed={typed}
                    onSelect={() => leaf && onActive({ row, col })}
                    onEdit={() => leaf && edit({ row, col })}
                    onChange={editor.change}
                    onCommit={(move) => void onCommit(move)}
                    onCancel={onCancel}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
