import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { CovenantStatus } from '@thidua/shared';
import { graphql } from '../../gql';
import type { CovenantsPageQuery, CovenantStatus as CovenantStatusValue } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { BlocPicker } from '../../components/pickers';
import { useNodeLabels } from '../../components/useNodeLabels';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { YearSelect } from '../../components/YearSelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { intParam, listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { covenantListTexts } from './covenantListTexts';
import { covenantsFilter, signingProgress } from './covenantsFilter';

const CovenantsQuery = graphql(`
  query CovenantsPage($first: Int, $after: String, $last: Int, $before: String, $filter: CovenantFilter, $orderBy: [CovenantOrder!]) {
    covenants(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id year title status signedCount memberCount bloc { id name } }
    }
  }
`);

type Row = CovenantsPageQuery['covenants']['nodes'][number];

const statusColor: Partial<Record<CovenantStatusValue, string>> = {
  DRAFT: 'default',
  IN_COMMENT: 'gold',
  READY_TO_SIGN: 'orange',
  SIGNED: 'green',
  IN_PROGRESS: 'blue',
  CLOSED: 'default',
};

export function Component() {
  const { t, language } = useLanguage();
  const tx = useTexts(covenantListTexts);
  const vocab = useVocabularyLabel();
  const list = useListParams();
  const sort = listSort(list, ['YEAR', 'CREATED_AT'] as const, { field: 'YEAR', dir: 'DESC' });
  const known = useNodeLabels([list.get('bloc')]);
  const filters = { filter: covenantsFilter(list.get), orderBy: sort.orderBy };
  const { data, previousData, loading, error, refetch } = useQuery(CovenantsQuery, { variables: { ...list.paging, ...filters } });
  const { year, status } = filters.filter;
  const bloc = list.get('bloc');
  const covenants = (data ?? previousData)?.covenants;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('covenants')}
      </Typography.Title>
      <Space wrap>
        <BlocPicker
          placeholder={tx.bloc}
          known={known}
          value={list.get('bloc')}
          onChange={(bloc) => list.update({ bloc: bloc as string | undefined })}
          style={{ width: 360 }}
          data-testid="list-search"
        />
        <YearSelect placeholder={t('year')} value={intParam(list.get('year'))} onChange={(year) => list.update({ year })} style={{ width: 110 }} />
        <VocabularySelect
          vocabulary={CovenantStatus}
          allowClear
          placeholder={tx.status}
          value={list.get('status') as CovenantStatusValue | undefined}
          onChange={(status) => list.update({ status })}
          style={{ width: 220 }}
        />
      </Space>
      <ConnectionTable<Row>
        presence
        list={list}
        rows={covenants?.nodes}
        pageInfo={covenants?.pageInfo}
        totalCount={covenants?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: t('covenants'),
          query: CovenantsQuery,
          variables: filters,
          description: describeFilters([
            [tx.bloc, bloc && (known.find((option) => option.value === bloc)?.label ?? bloc)],
            [t('year'), year?.eq != null && String(year.eq)],
            [tx.status, status?.eq && vocab(CovenantStatus, status.eq)],
          ]),
        }}
        columns={[
          {
            title: tx.bloc,
            key: 'bloc',
            export: { path: 'bloc.name' },
            render: (_, c) => <Link to={`/blocs/${encodeURIComponent(c.bloc.id)}`}>{c.bloc.name}</Link>,
          },
          { title: t('year'), dataIndex: 'year', ...sort.column('YEAR') },
          { title: tx.title, dataIndex: 'title', render: (title: string, c) => <Link to={`/covenants/${encodeURIComponent(c.id)}`}>{title}</Link> },
          {
            title: tx.status,
            dataIndex: 'status',
            export: { labels: vocabularyLabels(CovenantStatus, language) },
            render: (status: Row['status']) => <Tag color={statusColor[status] ?? 'purple'}>{vocab(CovenantStatus, status)}</Tag>,
          },
          {
            title: tx.signed,
            key: 'signed',
            // "3/5" on screen; the file has the number of signatures.
            export: { path: 'signedCount', format: 'NUMBER' },
            align: 'center',
            render: (_, c) => {
              const progress = signingProgress(c.signedCount, c.memberCount);
              return (
                <Link to={`/covenants/${encodeURIComponent(c.id)}`} data-testid="covenant-signed">
                  {progress.text}{' '}
                  {progress.complete ? (
                    <Tooltip title={tx.allSigned}>
                      <CheckCircleFilled style={{ color: '#389e0d' }} />
                    </Tooltip>
                  ) : null}
                </Link>
              );
            },
          },
        ]}
      />
    </Space>
  );
}
