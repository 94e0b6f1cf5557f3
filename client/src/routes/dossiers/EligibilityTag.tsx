import { List, Tag, Typography } from 'antd';
import { EligibilityOutcome as Outcomes } from '@thidua/shared';
import type { EligibilityOutcome } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language';

const COLORS: Record<EligibilityOutcome, string> = { PASS: 'green', FAIL: 'red', NEEDS_REVIEW: 'gold' };

export function EligibilityTag({ outcome }: { outcome: EligibilityOutcome }) {
  const { label } = useLanguage();
  return <Tag color={COLORS[outcome]}>{label(Outcomes.labels[outcome])}</Tag>;
}

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
