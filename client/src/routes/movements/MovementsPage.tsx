import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { MovementKind, MovementScope, MovementStatus } from '@thidua/shared';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import type { MovementsPageQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { YearSelect } from '../../components/YearSelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { formatDate } from '../../lib/format';
import { intParam, listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { SearchInput } from '../../components/SearchInput';
import { MovementFormModal } from './MovementFormModal';
import { movementStatusColor } from './movementStatus';
import { formatPeriod, movementsFilter } from './movementsFilter';
import { movementTexts } from './texts';

const MovementsQuery = graphql(`
  query MovementsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: MovementFilter, $orderBy: [MovementOrder!]) {
    movements(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id name slogan kind scope status startYear endYear launchedBy launchedOn }
    }
  }
`);

type Row = MovementsPageQuery['movements']['nodes'][number];

export function Component() {
  const { t, language } = useLanguage();
  const tx = useTexts(movementTexts);
  const vocab = useVocabularyLabel();
  const list = useListParams();
  const sort = listSort(list, ['NAME', 'START_YEAR', 'LAUNCHED_ON'] as const, { field: 'NAME', dir: 'ASC' });
  const [creating, setCreating] = useState(false);
  const mayCreate = useCan('write:domain');
  const filters = { search: list.search || undefined, filter: movementsFilter(list.get), orderBy: sort.orderBy };
  const { data, previousData, loading, error, refetch } = useQuery(MovementsQuery, { variables: { ...list.paging, ...filters } });
  const { kind, scope, status } = filters.filter;
  const movements = (data ?? previousData)?.movements;
  const select = (key: string) => ({ allowClear: true, value: list.get(key) as never, onChange: (value: string | undefined) => list.update({ [key]: value }) });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('movements')}
        </Typography.Title>
        {mayCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-movement">
            {t('create')}
          </Button>
        ) : null}
      </Space>
      <Space wrap>
        <SearchInput value={list.search} onSearch={(q) => list.update({ q })} />
        <VocabularySelect vocabulary={MovementKind} placeholder={t('kind')} {...select('kind')} style={{ width: 150 }} />
        <VocabularySelect vocabulary={MovementScope} placeholder={tx.scope} {...select('scope')} style={{ width: 170 }} />
        <VocabularySelect vocabulary={MovementStatus} placeholder={tx.status} {...select('status')} style={{ width: 200 }} />
        <YearSelect placeholder={tx.yearFrom} value={intParam(list.get('from'))} onChange={(from) => list.update({ from })} style={{ width: 150 }} />
        <YearSelect placeholder={tx.yearTo} value={intParam(list.get('to'))} onChange={(to) => list.update({ to })} style={{ width: 110 }} />
      </Space>
      <ConnectionTable<Row>
        presence
        list={list}
        rows={movements?.nodes}
        pageInfo={movements?.pageInfo}
        totalCount={movements?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: t('movements'),
          query: MovementsQuery,
          variables: filters,
          description: describeFilters([
            [t('search'), list.search],
            [t('kind'), kind?.eq && vocab(MovementKind, kind.eq)],
            [tx.scope, scope?.eq && vocab(MovementScope, scope.eq)],
            [tx.status, status?.eq && vocab(MovementStatus, status.eq)],
            [tx.period, formatPeriod(intParam(list.get('from')), intParam(list.get('to')), language)],
          ]),
        }}
        columns={[
          {
            title: tx.name,
            dataIndex: 'name',
            width: '38%',
            ...sort.column('NAME'),
            render: (name: string, m) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/movements/${encodeURIComponent(m.id)}`}>{name}</Link>
                {m.slogan ? <Typography.Text type="secondary">{m.slogan}</Typography.Text> : null}
              </Space>
            ),
          },
          {
            title: t('kind'),
            dataIndex: 'kind',
            export: { labels: vocabularyLabels(MovementKind, language) },
            render: (kind: Row['kind']) => vocab(MovementKind, kind),
          },
          {
            title: tx.scope,
            dataIndex: 'scope',
            export: { labels: vocabularyLabels(MovementScope, language) },
            render: (scope: Row['scope']) => vocab(MovementScope, scope),
          },
          {
            title: tx.status,
            dataIndex: 'status',
            export: { labels: vocabularyLabels(MovementStatus, language) },
            render: (status: Row['status']) => <Tag color={movementStatusColor[status]}>{vocab(MovementStatus, status)}</Tag>,
          },
          {
            title: tx.period,
            key: 'period',
            ...sort.column('START_YEAR'),
            export: { path: 'startYear', format: 'NUMBER' },
            render: (_, m) => formatPeriod(m.startYear, m.endYear, language),
          },
          { title: tx.launchedBy, dataIndex: 'launchedBy' },
          {
            title: tx.launchedOn,
            dataIndex: 'launchedOn',
            ...sort.column('LAUNCHED_ON'),
            export: { format: 'DATE' },
            render: (date: string | null) => formatDate(date),
          },
        ]}
      />
      <MovementFormModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
