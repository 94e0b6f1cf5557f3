import { useMemo, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Segmented, Space, Typography } from 'antd';
import { getFragmentData, type FragmentType } from '../../gql';
import { useViewer } from '../../auth/AuthProvider';
import { can } from '../../auth/permissions';
import { useTexts } from '../../i18n/language';
import { ActiveCellBar } from './ActiveCellBar';
import { EvidenceDrawer } from './EvidenceDrawer';
import type { SheetMode } from './fields';
import type { Position } from './gridKeys';
import { ScoringGrid_covenant } from './operations';
import { ScoringGrid } from './ScoringGrid';
import { buildSheet, permissionsOf, type CellRef, type SheetPermissions } from './sheet';
import { SheetsPanel } from './SheetsPanel';
import { EvidenceFiles } from './EvidenceFiles';
import { SHEET_TEXTS } from './texts';
import { useCellEditing } from './useCellEditing';
import { useCellSave } from './useCellSave';
import './scoring.css';

/** The sheet: mode switch, the grid, the active cell's details and its evidence drawer. */
export function ScoringSheet({ covenant: ref }: { covenant: FragmentType<typeof ScoringGrid_covenant> }) {
  const data = getFragmentData(ScoringGrid_covenant, ref);
  const text = useTexts(SHEET_TEXTS);
  const viewer = useViewer();
  const sheet = useMemo(() => buildSheet(data), [data]);
  const blocWriter = can(viewer, 'write:bloc', { blocId: data.bloc.id });
  const may = useMemo<SheetPermissions>(
    () => permissionsOf(data, { blocWriter, mayWriteUnit: (unitId) => can(viewer, 'write:unit', { unitId }) }),
    [data, viewer, blocWriter],
  );
  const [mode, setMode] = useState<SheetMode>(blocWriter ? 'REVIEW' : 'SELF');
  const apollo = useApolloClient();
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const [evidenceOf, setEvidenceOf] = useState<CellRef | null>(null);
  const { save, holder } = useCellSave();
  const editor = useCellEditing(mode, sheet, save);

  if (!sheet.leaves.length || !sheet.units.length) return <Typography.Text type="secondary">{text.empty}</Typography.Text>;
  const row = Math.min(active.row, sheet.leaves.length - 1);
  const col = Math.min(active.col, sheet.units.length - 1);
  const cell = { criterion: sheet.leaves[row]!, unit: sheet.units[col]! };
  const score = (c: CellRef | null) => (c ? sheet.score(c.criterion.id, c.unit.id) : undefined);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Segmented<SheetMode>
          value={mode}
          onChange={(next) => {
            editor.cancel();
            setMode(next);
          }}
          options={[
            { value: 'SELF', label: text.modeSelf },
            { value: 'REVIEW', label: text.modeReview },
            { value: 'TARGETS', label: text.modeTargets },
          ]}
          data-testid="sheet-mode"
        />
        <Typography.Text type="secondary">{text.help}</Typography.Text>
      </Space>
      <SheetsPanel sheets={data.sheets} mayAssign={blocWriter} />
      <ActiveCellBar cell={cell} score={score(cell)} onEvidence={mode === 'SELF' ? () => setEvidenceOf(cell) : null} />
      <ScoringGrid sheet={sheet} mode={mode} may={may} editor={editor} active={{ row, col }} onActive={setActive} />
      <EvidenceDrawer
        cell={evidenceOf}
        score={score(evidenceOf)}
        mayEdit={!!evidenceOf && may.maySelfScore(evidenceOf.unit.id)}
        onClose={() => setEvidenceOf(null)}
        save={(draft) => save('SELF', evidenceOf!, draft)}
      >
        <EvidenceFiles
          assessment={score(evidenceOf)?.assessment ?? null}
          canEdit={!!evidenceOf && (may.maySelfScore(evidenceOf.unit.id) || blocWriter)}
          onChange={() => void apollo.refetchQueries({ include: ['ScoringSheet'] })}
        />
      </EvidenceDrawer>
      {holder}
    </Space>
  );
}
