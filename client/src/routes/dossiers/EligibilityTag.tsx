import { List, Tag, Typography } from 'antd';
import type { EligibilityOutcome } from '../../gql/graphql';

const COLORS: Record<EligibilityOutcome, string> = { PASS: 'green', FAIL: 'red', NEEDS_REVIEW: 'gold' };

export const EligibilityTag = ({ outcome }: { outcome: EligibilityOutcome }) => <Tag color={COLORS[outcome]}>{outcome}</Tag>;

interface Result {
  outcome: EligibilityOutcome;
  reasons: readonly string[];
  rule: { id: string; code: string; titleVi: string; sourceDocument: string };
}

/** Each rule's result for one line (the expandable row of the nominees). */
export function RuleResults({ results }: { results: readonly Result[] }) {
  return (
    <List
      size="small"
      dataSource={[...results]}
      data-testid="line-rule-results"
      renderItem={(r) => (
        <List.Item>
          <EligibilityTag outcome={r.outcome} /> <Typography.Text strong>{r.rule.titleVi}</Typography.Text>{' '}
          <Typography.Text type="secondary">({r.rule.sourceDocument})</Typography.Text>
          {r.reasons.length ? <div>{r.reasons.join('; ')}</div> : null}
        </List.Item>
      )}
    />
  );
}
