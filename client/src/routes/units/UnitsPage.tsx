import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Input, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { UnitKind } from '@thidua/shared';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import type { UnitKind as UnitKindValue, UnitOrderField } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage } from '../../i18n/language';
import { useListParams } from '../../lib/useListParams';
import { SearchInput } from '../../components/SearchInput';
import { UnitFormModal } from './UnitFormModal';
import { describeFilters } from '../../lib/describeFilters';
import { vocabularyLabels } from '../../components/export/exportColumns';

const UnitsQuery = graphql(`
  query UnitsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: UnitFilter, $orderBy: [UnitOrder!]) {
    units(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id name shortName kind area }
    }
  }
`);

export function Component() {
  const { t, language } = useLanguage();
  const list = useListParams();
  const vocab = useVocabularyLabel();
  const [creating, setCreating] = useState(false);
  const mayCreate = useCan('write:domain');
  const kind = list.get('kind') as UnitKindValue | undefined;
  const area = list.get('area');
  const sort = (list.get('sort') ?? 'NAME') as UnitOrderField;
  const filters = {
    search: list.search || undefined,
    filter: { ...(kind ? { kind: { eq: kind } } : {}), ...(area ? { area: { contains: area } } : {}) },
    orderBy: [{ field: sort, direction: list.get('dir') === 'DESC' ? ('DESC' as const) : ('ASC' as const) }],
  };
  const { data, previousData, loading, error, refetch } = useQuery(UnitsQuery, { variables: { ...list.paging, ...filters } });
  const units = (data ?? previousData)?.units;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('units')}
        </Typography.Title>
        {mayCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-unit">
            {t('create')}
          </Button>
        ) : null}
      </Space>
      <Space wrap>
        <SearchInput value={list.search} onSearch={(q) => list.update({ q })} />
        <VocabularySelect
          vocabulary={UnitKind}
          allowClear
          placeholder={t('kind')}
          value={kind}
          onChange={(value) => list.update({ kind: value })}
          style={{ width: 240 }}
        />
        <Input
          allowClear
          placeholder={t('area')}
          defaultValue={area}
          onPressEnter={(e) => list.update({ area: e.currentTarget.value })}
          style={{ width: 180 }}
        />
      </Space>
      <ConnectionTable
        presence
        list={list}
        rows={units?.nodes}
        pageInfo={units?.pageInfo}
        totalCount={units?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: t('units'),
          query: UnitsQuery,
          variables: filters,
          description: describeFilters([
            [t('search'), list.search],
            [t('kind'), kind && vocab(UnitKind, kind)],
            [t('area'), area],
          ]),
        }}
        columns={[
          {
            title: t('name'),
            dataIndex: 'name',
            sorter: true,
            sortOrder: sort === 'NAME' ? (list.get('dir') === 'DESC' ? 'descend' : 'ascend') : null,
            onHeaderCell: () => ({ onClick: () => list.update({ sort: 'NAME', dir: sort === 'NAME' && list.get('dir') !== 'DESC' ? 'DESC' : null }) }),
            render: (name: string, unit) => <Link to={`/units/${encodeURIComponent(unit.id)}`}>{name}</Link>,
          },
          { title: t('kind'), dataIndex: 'kind', render: (value) => vocab(UnitKind, value), export: { labels: vocabularyLabels(UnitKind, language) } },
          { title: t('area'), dataIndex: 'area' },
        ]}
      />
      <UnitFormModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
