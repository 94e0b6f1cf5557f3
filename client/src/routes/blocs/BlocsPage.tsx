import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Input, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { BlocKind, BlocLevel } from '@thidua/shared';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import type { BlocKind as BlocKindValue, BlocLevel as BlocLevelValue, BlocsPageQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { UnitPicker } from '../../components/pickers';
import { useNodeLabels } from '../../components/useNodeLabels';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { SearchInput } from '../../components/SearchInput';
import { blocListTexts } from './blocListTexts';
import { blocsFilter } from './blocsFilter';
import { CreateBlocModal } from './CreateBlocModal';

const BlocsQuery = graphql(`
  query BlocsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: BlocFilter, $orderBy: [BlocOrder!]) {
    blocs(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        id name code kind level area
        foundingDecision { id number issuer }
        parent { id name }
      }
    }
  }
`);

type Row = BlocsPageQuery['blocs']['nodes'][number];

export function Component() {
  const { t, language } = useLanguage();
  const tx = useTexts(blocListTexts);
  const vocab = useVocabularyLabel();
  const list = useListParams();
  const sort = listSort(list, ['NAME', 'CODE'] as const, { field: 'NAME', dir: 'ASC' });
  const known = useNodeLabels([list.get('member')]);
  const [creating, setCreating] = useState(false);
  const mayCreate = useCan('write:domain');
  const filters = { search: list.search || undefined, filter: blocsFilter(list.get), orderBy: sort.orderBy };
  const { data, previousData, loading, error, refetch } = useQuery(BlocsQuery, { variables: { ...list.paging, ...filters } });
  const { kind, level, area } = filters.filter;
  const member = list.get('member');
  const blocs = (data ?? previousData)?.blocs;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('blocs')}
        </Typography.Title>
        {mayCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-bloc">
            {t('create')}
          </Button>
        ) : null}
      </Space>
      <Space wrap>
        <SearchInput value={list.search} onSearch={(q) => list.update({ q })} />
        <VocabularySelect
          vocabulary={BlocKind}
          allowClear
          placeholder={t('kind')}
          value={list.get('kind') as BlocKindValue | undefined}
          onChange={(kind) => list.update({ kind })}
          style={{ width: 180 }}
        />
        <VocabularySelect
          vocabulary={BlocLevel}
          allowClear
          placeholder={tx.level}
          value={list.get('level') as BlocLevelValue | undefined}
          onChange={(level) => list.update({ level })}
          style={{ width: 200 }}
        />
        <Input
          allowClear
          placeholder={t('area')}
          defaultValue={list.get('area')}
          onPressEnter={(e) => list.update({ area: e.currentTarget.value })}
          onChange={(e) => !e.target.value && list.update({ area: null })}
          style={{ width: 180 }}
        />
        <UnitPicker
          placeholder={tx.memberUnit}
          known={known}
          value={list.get('member')}
          onChange={(member) => list.update({ member: member as string | undefined })}
          style={{ width: 320 }}
        />
      </Space>
      <ConnectionTable<Row>
        presence
        list={list}
        rows={blocs?.nodes}
        pageInfo={blocs?.pageInfo}
        totalCount={blocs?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: t('blocs'),
          query: BlocsQuery,
          variables: filters,
          description: describeFilters([
            [t('search'), list.search],
            [t('kind'), kind?.eq && vocab(BlocKind, kind.eq)],
            [tx.level, level?.eq && vocab(BlocLevel, level.eq)],
            [t('area'), area?.contains],
            [tx.memberUnit, member && (known.find((option) => option.value === member)?.label ?? member)],
          ]),
        }}
        columns={[
          {
            title: t('name'),
            dataIndex: 'name',
            ...sort.column('NAME'),
            render: (name: string, bloc) => <Link to={`/blocs/${encodeURIComponent(bloc.id)}`}>{name}</Link>,
          },
          { title: tx.code, dataIndex: 'code', ...sort.column('CODE') },
          {
            title: t('kind'),
            dataIndex: 'kind',
            export: { labels: vocabularyLabels(BlocKind, language) },
            render: (kind: Row['kind']) => vocab(BlocKind, kind),
          },
          {
            title: tx.level,
            dataIndex: 'level',
            export: { labels: vocabularyLabels(BlocLevel, language) },
            render: (level: Row['level']) => vocab(BlocLevel, level),
          },
          { title: t('area'), dataIndex: 'area' },
          {
            title: tx.foundingDecision,
            key: 'decision',
            export: { path: 'foundingDecision.number' },
            render: (_, { foundingDecision: d }) =>
              d ? <Link to={`/decisions/${encodeURIComponent(d.id)}`}>{`${d.number ?? tx.noNumber} – ${d.issuer}`}</Link> : null,
          },
          {
            title: tx.parent,
            key: 'parent',
            export: { path: 'parent.name' },
            render: (_, { parent }) => (parent ? <Link to={`/blocs/${encodeURIComponent(parent.id)}`}>{parent.name}</Link> : null),
          },
        ]}
      />
      <CreateBlocModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
