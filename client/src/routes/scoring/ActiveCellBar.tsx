import { Button, Space, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useTexts } from '../../i18n/language';
import { formatDateTime } from '../../lib/format';
import type { CellRef, SheetScore } from './sheet';
import { SHEET_TEXTS } from './texts';

interface Props {
  cell: CellRef | null;
  score: SheetScore | undefined;
  /** Null when evidence is not edited in this mode. */
  onEvidence: (() => void) | null;
}

/** The active cell in words: which criterion and unit, who scored and reviewed it, and its evidence. */
export function ActiveCellBar({ cell, score, onEvidence }: Props) {
  const text = useTexts(SHEET_TEXTS);
  if (!cell) return <Typography.Text type="secondary">{text.noCell}</Typography.Text>;
  const a = score?.assessment;
  return (
    <Space wrap data-testid="active-cell">
      <Typography.Text strong>
        {cell.criterion.number} {cell.criterion.title} — {cell.unit.name}
      </Typography.Text>
      {a?.selfScoredBy ? (
        <Typography.Text type="secondary">
          {text.scoredBy} {a.selfScoredBy} ({formatDateTime(a.selfScoredAt)})
        </Typography.Text>
      ) : null}
      {a?.reviewedBy ? (
        <Typography.Text type="secondary">
          {text.reviewedBy} {a.reviewedBy} ({formatDateTime(a.reviewedAt)}){a.reviewComment ? `: ${a.reviewComment}` : ''}
        </Typography.Text>
      ) : null}
      {onEvidence ? (
        <Button size="small" icon={<PaperClipOutlined />} onClick={onEvidence} data-testid="open-evidence">
          {text.evidence}
        </Button>
      ) : null}
    </Space>
  );
}
