import { Link } from 'react-router';
import { Space, Tag, Typography } from 'antd';
import { AppraisalResult } from '@thidua/shared';
import type { DossierLines_LineFragment } from '../../gql/graphql';
import { useLanguage, useTexts } from '../../i18n/language';
import { flowTexts } from './flowTexts';

type Line = Pick<DossierLines_LineFragment, 'appraisalResult' | 'appraisalNote' | 'appraisalOverrideReason' | 'commendation'>;

/** A line's appraisal by the Board (result, note, reason for departing from the engine) and the commendation it became. */
export function LineAppraisal({ line }: { line: Line }) {
  const { label } = useLanguage();
  const tx = useTexts(flowTexts);
  if (!line.appraisalResult) return <Typography.Text type="secondary">{tx.notAppraised}</Typography.Text>;
  return (
    <Space direction="vertical" size={2} data-testid="line-appraisal">
      <Tag color={line.appraisalResult === 'ELIGIBLE' ? 'green' : 'red'}>{label(AppraisalResult.labels[line.appraisalResult])}</Tag>
      {line.appraisalNote ? <Typography.Text>{line.appraisalNote}</Typography.Text> : null}
      {line.appraisalOverrideReason ? (
        <Typography.Text type="warning">
          {tx.overrideReason}: {line.appraisalOverrideReason}
        </Typography.Text>
      ) : null}
      {line.commendation ? (
        <Link to={`/commendations/${encodeURIComponent(line.commendation.id)}`} data-testid="line-commendation">
          {tx.commendation} {line.commendation.year}
        </Link>
      ) : null}
    </Space>
  );
}
