import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { RuleMark } from '@thidua/shared';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import type { EligibilityRulesPageQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { AddRuleModal } from './AddRuleModal';
import { EvaluateForm } from './EvaluateForm';
import { RetireRuleModal } from './RetireRuleModal';
import { eligibilityTexts } from './texts';

const RulesQuery = graphql(`
  query EligibilityRulesPage($first: Int, $after: String, $last: Int, $before: String) {
    eligibilityRules(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id code revision titleVi awardTypeCodes sourceDocument article effectiveFrom effectiveTo jurisdiction mark version }
    }
  }
`);

type Row = EligibilityRulesPageQuery['eligibilityRules']['nodes'][number];

/** The Board's page of eligibility rules: the versions with source and dates, add and retire, and an evaluation form. */
export function Component() {
  const { t, language } = useLanguage();
  const tx = useTexts(eligibilityTexts);
  const list = useListParams();
  const mayManage = useCan('manage:rules');
  const [adding, setAdding] = useState(false);
  const [retiring, setRetiring] = useState<Row | null>(null);
  // The rules list has no filter, search or sort of its own.
  const filters = {};
  const { data, previousData, loading, error, refetch } = useQuery(RulesQuery, { variables: { ...list.paging, ...filters } });
  const rules = (data ?? previousData)?.eligibilityRules;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('eligibility')}
      </Typography.Title>
      <Card title={tx.evaluate}>
        <EvaluateForm />
      </Card>
      <Card
        title={tx.rules}
        extra={
          mayManage && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-rule">
              {tx.addRule}
            </Button>
          )
        }
      >
        <ConnectionTable<Row>
          list={list}
          rows={rules?.nodes}
          pageInfo={rules?.pageInfo}
          totalCount={rules?.totalCount}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          exportAs={{ title: tx.rules, query: RulesQuery, variables: filters }}
          columns={[
            {
              title: tx.code,
              key: 'code',
              export: { path: 'code' },
              render: (_, r) => (
                <Space size={4}>
                  <Typography.Text code>{r.code}</Typography.Text>
                  <Typography.Text type="secondary">
                    {tx.revision} {r.revision}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: tx.title, dataIndex: 'titleVi', width: '30%' },
            {
              title: tx.awards,
              dataIndex: 'awardTypeCodes',
              render: (codes: string[]) =>
                codes.length ? codes.map((c) => <Tag key={c}>{c}</Tag>) : <Typography.Text type="secondary">{tx.anyAward}</Typography.Text>,
            },
            { title: tx.source, key: 'source', export: { path: 'sourceDocument' }, render: (_, r) => [r.sourceDocument, r.article].filter(Boolean).join(', ') },
            {
              title: tx.effective,
              key: 'effective',
              export: { path: 'effectiveFrom', format: 'DATE' },
              render: (_, r) => `${formatDate(r.effectiveFrom)} – ${r.effectiveTo ? formatDate(r.effectiveTo) : tx.open}`,
            },
            {
              title: tx.mark,
              dataIndex: 'mark',
              export: { labels: vocabularyLabels(RuleMark, language) },
              render: (mark: Row['mark']) => <Tag title={RuleMark.labels[mark][language]}>{mark}</Tag>,
            },
            ...(mayManage
              ? [
                  {
                    key: 'actions',
                    render: (_: unknown, r: Row) =>
                      r.effectiveTo ? null : (
                        <Button size="small" danger icon={<StopOutlined />} onClick={() => setRetiring(r)} data-testid={`retire-${r.code}`}>
                          {tx.retire}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <AddRuleModal open={adding} onClose={() => setAdding(false)} />
      <RetireRuleModal rule={retiring} onClose={() => setRetiring(null)} />
    </Space>
  );
}
