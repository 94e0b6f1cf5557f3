import { List, Space, Table, Tag, Typography } from 'antd';
import { EligibilityOutcome } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { eligibilityTexts } from './texts';

export const EligibilityReport_report = graphql(`
  fragment EligibilityReport_report on EligibilityReport {
    subjectName awardTypeName year outcome
    results { outcome reasons facts { fact text } rule { id code revision titleVi sourceDocument article effectiveFrom effectiveTo } }
  }
`);

const COLORS: Record<string, string> = { PASS: 'green', FAIL: 'red', NEEDS_REVIEW: 'gold' };

/** One outcome as a coloured tag ("Đạt", "Không đạt", "Cần xem xét"). */
export function OutcomeTag({ outcome }: { outcome: keyof typeof EligibilityOutcome.labels }) {
  const { language } = useLanguage();
  return (
    <Tag color={COLORS[outcome]} data-testid={`outcome-${outcome}`}>
      {EligibilityOutcome.labels[outcome][language]}
    </Tag>
  );
}

/** The per-rule report of an evaluation: outcome, the rule with its source, the facts, what to review. */
export function EligibilityReport(props: { report: FragmentType<typeof EligibilityReport_report> }) {
  const report = getFragmentData(EligibilityReport_report, props.report);
  const tx = useTexts(eligibilityTexts);
  type Row = (typeof report.results)[number];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>
        {report.subjectName} — {report.awardTypeName} {report.year}: {tx.overall} <OutcomeTag outcome={report.outcome} />
      </Typography.Text>
      <Table<Row>
        size="small"
        pagination={false}
        rowKey={(r) => r.rule.id}
        dataSource={report.results}
        locale={{ emptyText: tx.noRules }}
        columns={[
          { title: tx.code, key: 'code', render: (_, r) => <Typography.Text code>{r.rule.code}</Typography.Text> },
          {
            title: tx.title,
            key: 'title',
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <span>{r.rule.titleVi}</span>
                <Typography.Text type="secondary">{[r.rule.sourceDocument, r.rule.article].filter(Boolean).join(', ')}</Typography.Text>
              </Space>
            ),
          },
          { title: '', key: 'outcome', render: (_, r) => <OutcomeTag outcome={r.outcome} /> },
          {
            title: tx.facts,
            key: 'facts',
            render: (_, r) => (
              <List
                size="small"
                dataSource={[
                  ...r.facts.map((f) => f.text),
                  ...r.reasons.filter((reason) => !r.facts.some((f) => f.text === reason)).map((reason) => `${tx.reasons}: ${reason}`),
                ]}
                renderItem={(text) => <List.Item style={{ padding: 0 }}>{text}</List.Item>}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
