import { Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useTexts } from '../../i18n/language';
import type { SheetMode } from './fields';
import { formatScore, formatValue } from './numbers';
import type { SheetCriterion, SheetScore } from './sheet';
import { SHEET_TEXTS } from './texts';

/** A leaf cell's inputs as the unit gave them, by kind of criterion. */
function Inputs({ criterion, score }: { criterion: SheetCriterion; score: SheetScore | undefined }) {
  const text = useTexts(SHEET_TEXTS);
  const a = score?.assessment;
  if (a?.notAssigned) return <Tag data-testid="cell-not-assigned">{text.notAssigned}</Tag>;
  switch (criterion.kind) {
    case 'QUANTITATIVE': {
      const target = score?.targetRecord?.target ?? score?.target;
      return (
        <span>
          {text.target} {target == null ? '—' : formatValue(target)} · {text.actual} {a?.actualValue == null ? '—' : formatValue(a.actualValue)}
        </span>
      );
    }
    case 'QUALITATIVE':
      return <span>{a?.met == null ? '—' : a.met ? text.met : text.notMet}</span>;
    case 'PER_OCCURRENCE':
      return <span>{a?.occurrences == null ? '—' : `${formatValue(a.occurrences)} ${text.times}`}</span>;
    case 'BONUS_PENALTY':
      return (
        <span>
          +{formatValue(a?.bonusCount ?? 0)} / −{formatValue(a?.penaltyCount ?? 0)}
        </span>
      );
  }
}

/** Computed self score and review score of a cell (parents: sums over their children, out of the assigned maximum). */
function Scores({ score, parent }: { score: SheetScore | undefined; parent: boolean }) {
  const text = useTexts(SHEET_TEXTS);
  if (!score || (score.notAssigned && !parent)) return null;
  return (
    <span className="scoring-scores">
      <strong data-testid="cell-score">{formatScore(score.selfScore)}</strong>
      {parent ? <Typography.Text type="secondary"> / {formatScore(score.assignedMaxScore)}</Typography.Text> : null}
      {score.reviewScore != null ? (
        <Typography.Text type="success" data-testid="cell-review">
          {' '}
          {text.review} {formatScore(score.reviewScore)}
        </Typography.Text>
      ) : null}
    </span>
  );
}

interface Props {
  criterion: SheetCriterion;
  score: SheetScore | undefined;
  mode: SheetMode;
  parent: boolean;
}

/** What a cell shows when not edited: inputs of the mode, the computed score, the review, evidence given. */
export function CellView({ criterion, score, mode, parent }: Props) {
  const text = useTexts(SHEET_TEXTS);
  if (parent) return <Scores score={score} parent />;
  return (
    <>
      <div className="scoring-inputs">
        {mode === 'TARGETS' && criterion.kind !== 'QUANTITATIVE' ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Inputs criterion={criterion} score={score} />
        )}
        {score?.assessment?.evidence ? <PaperClipOutlined aria-label={text.evidence} data-testid="cell-evidence" style={{ marginInlineStart: 4 }} /> : null}
      </div>
      <Scores score={score} parent={false} />
    </>
  );
}
