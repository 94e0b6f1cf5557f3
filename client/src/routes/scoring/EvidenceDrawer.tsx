import { useEffect, useState, type ReactNode } from 'react';
import { Button, Drawer, Input, Space, Typography } from 'antd';
import { LIMITS } from '@thidua/shared';
import { useTexts } from '../../i18n/language';
import { formatDateTime } from '../../lib/format';
import type { Draft } from '../../live/conflicts';
import type { CellRef, SheetScore } from './sheet';
import { SHEET_TEXTS } from './texts';
import type { CellSaveResult } from './useCellSave';

interface Props {
  cell: CellRef | null;
  score: SheetScore | undefined;
  mayEdit: boolean;
  onClose(): void;
  save(draft: Draft): Promise<CellSaveResult>;
  /** Below the text: the cell's evidence files, once they can be uploaded (built apart). */
  children?: ReactNode;
}

/** A cell's evidence (minh chứng, giải trình) as text, saved like any cell with the version it was opened at. */
export function EvidenceDrawer({ cell, score, mayEdit, onClose, save, children }: Props) {
  const text = useTexts(SHEET_TEXTS);
  const assessment = score?.assessment;
  const [opened, setOpened] = useState<{ version: number; evidence: string | null }>({ version: 0, evidence: null });
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const key = cell ? `${cell.criterion.id}|${cell.unit.id}` : '';
  useEffect(() => {
    // Taken when the drawer opens for a cell: a live update meanwhile is a conflict at save, not lost.
    setOpened({ version: assessment?.version ?? 0, evidence: assessment?.evidence ?? null });
    setValue(assessment?.evidence ?? '');
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const onSave = async () => {
    setSaving(true);
    const result = await save({ version: opened.version, base: { evidence: opened.evidence }, current: { evidence: value.trim() || null } });
    setSaving(false);
    if (result.status === 'saved') onClose();
    else if (result.status === 'error') setError(result.message);
  };

  return (
    <Drawer
      open={!!cell}
      onClose={onClose}
      title={cell ? `${text.evidence}: ${cell.criterion.number} ${cell.criterion.title} — ${cell.unit.name}` : ''}
      size="large"
      data-testid="evidence-drawer"
      extra={
        mayEdit ? (
          <Space>
            <Button onClick={onClose}>{text.cancel}</Button>
            <Button type="primary" loading={saving} onClick={() => void onSave()} data-testid="evidence-save">
              {text.save}
            </Button>
          </Space>
        ) : null
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
          readOnly={!mayEdit}
          autoSize={{ minRows: 6 }}
          maxLength={LIMITS.textMax}
          aria-label={text.evidence}
          data-testid="evidence-text"
        />
        {error ? (
          <Typography.Text type="danger" role="alert">
            {error}
          </Typography.Text>
        ) : null}
        {assessment?.selfScoredBy ? (
          <Typography.Text type="secondary">
            {text.scoredBy} {assessment.selfScoredBy}, {formatDateTime(assessment.selfScoredAt)}
          </Typography.Text>
        ) : null}
        {children}
      </Space>
    </Drawer>
  );
}
