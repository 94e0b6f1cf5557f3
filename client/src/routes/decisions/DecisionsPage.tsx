import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, DatePicker, Input, Space, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { AwardLevel } from '@thidua/shared';
import { graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import type { AwardLevel as AwardLevelValue, DecisionsPageQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { formatDate } from '../../lib/format';
import { fromLocalDate, toLocalDate } from '../../lib/formInput';
import { listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { SearchInput } from '../../components/SearchInput';
import { DecisionFormModal, type DecisionFormModal_decision } from './DecisionFormModal';
import { decisionFilter } from './decisionFilter';
import { decisionTexts } from './texts';

const DecisionsQuery = graphql(`
  query DecisionsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: DecisionFilter, $orderBy: [DecisionOrder!]) {
    decisions(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id number issuedOn issuer issuerLevel signer subject ...DecisionFormModal_decision }
    }
  }
`);

type Row = DecisionsPageQuery['decisions']['nodes'][number];
export function Component() {
  const { t, language } = useLanguage();
  const tx = useTexts(decisionTexts);
  const vocab = useVocabularyLabel();
  const list = useListParams();
  const sort = listSort(list, ['ISSUED_ON', 'NUMBER'] as const, { field: 'ISSUED_ON', dir: 'DESC' });
  const [editing, setEditing] = useState<FragmentType<typeof DecisionFormModal_decision>>();
  const [editOpen, setEditOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const mayWrite = useCan('write:domain');
  const filters = { search: list.search || undefined, filter: decisionFilter(list.get), orderBy: sort.orderBy };
  const { data, previousData, loading, error, refetch } = useQuery(DecisionsQuery, { variables: { ...list.paging, ...filters } });
  const { issuer, issuerLevel, issuedOn } = filters.filter;
  const decisions = (data ?? previousData)?.decisions;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('decisions')}
        </Typography.Title>
        {mayWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-decision">
            {t('create')}
          </Button>
        ) : null}
      </Space>
      <Space wrap>
        <SearchInput value={list.search} onSearch={(q) => list.update({ q })} />
        <Input
          allowClear
          placeholder={tx.issuer}
          defaultValue={list.get('issuer')}
          onPressEnter={(e) => list.update({ issuer: e.currentTarget.value })}
          onChange={(e) => !e.target.value && list.update({ issuer: null })}
          style={{ width: 240 }}
        />
        <VocabularySelect
          vocabulary={AwardLevel}
          allowClear
          placeholder={tx.issuerLevel}
          value={list.get('level') as AwardLevelValue | undefined}
          onChange={(level) => list.update({ level })}
          style={{ width: 240 }}
        />
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          placeholder={[tx.from, tx.to]}
          value={[fromLocalDate(list.get('from')) ?? null, fromLocalDate(list.get('to')) ?? null]}
          allowEmpty={[true, true]}
          onChange={(range) => list.update({ from: toLocalDate(range?.[0]), to: toLocalDate(range?.[1]) })}
        />
      </Space>
      <ConnectionTable<Row>
        presence
        list={list}
        rows={decisions?.nodes}
        pageInfo={decisions?.pageInfo}
        totalCount={decisions?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: t('decisions'),
          query: DecisionsQuery,
          variables: filters,
          description: describeFilters([
            [t('search'), list.search],
            [tx.issuer, issuer?.contains],
            [tx.issuerLevel, issuerLevel?.eq && vocab(AwardLevel, issuerLevel.eq)],
            [tx.from, issuedOn?.gte && formatDate(issuedOn.gte)],
            [tx.to, issuedOn?.lte && formatDate(issuedOn.lte)],
          ]),
        }}
        columns={[
          {
            title: tx.number,
            dataIndex: 'number',
            ...sort.column('NUMBER'),
            render: (number: string | null, row) => <Link to={`/decisions/${encodeURIComponent(row.id)}`}>{number ?? tx.noNumber}</Link>,
          },
          {
            title: tx.issuedOn,
            dataIndex: 'issuedOn',
            ...sort.column('ISSUED_ON'),
            export: { format: 'DATE' },
            render: (date: string | null) => formatDate(date),
          },
          { title: tx.issuer, dataIndex: 'issuer' },
          {
            title: tx.issuerLevel,
            dataIndex: 'issuerLevel',
            export: { labels: vocabularyLabels(AwardLevel, language) },
            render: (level: Row['issuerLevel']) => vocab(AwardLevel, level),
          },
          { title: tx.subject, dataIndex: 'subject', width: '40%' },
          { title: tx.signer, dataIndex: 'signer' },
          ...(mayWrite
            ? [
                {
                  key: 'actions',
                  render: (_: unknown, row: Row) => (
                    <Button size="small" icon={<EditOutlined />} aria-label={t('edit')} onClick={() => (setEditing(row), setEditOpen(true))} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <DecisionFormModal open={creating} onClose={() => setCreating(false)} />
      <DecisionFormModal open={editOpen} decision={editing} onClose={() => setEditOpen(false)} />
    </Space>
  );
}
