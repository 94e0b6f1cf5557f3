import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Input, Space, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import type { HouseholdsPageQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { DeleteHouseholdButton } from './DeleteHouseholdButton';
import { HouseholdFormModal, type HouseholdFormModal_household } from './HouseholdFormModal';
import { householdTexts } from './texts';

const HouseholdsQuery = graphql(`
  query HouseholdsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $orderBy: [HouseholdOrder!]) {
    households(first: $first, after: $after, last: $last, before: $before, search: $search, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id name headName address area version ...HouseholdFormModal_household }
    }
  }
`);

type Row = HouseholdsPageQuery['households']['nodes'][number];

/**
 * The households commended (personal data: the Board and analysts see them). The Board adds,
 * corrects and deletes them here; a household has no page of its own.
 */
export function Component() {
  const { t } = useLanguage();
  const tx = useTexts(householdTexts);
  const list = useListParams();
  const sort = listSort(list, ['NAME', 'AREA'] as const, { field: 'NAME', dir: 'ASC' });
  // Households are the Board's records (server: write:domain).
  const mayWrite = useCan('write:domain');
  const [editing, setEditing] = useState<FragmentType<typeof HouseholdFormModal_household>>();
  const [formOpen, setFormOpen] = useState(false);
  const filters = { search: list.search || undefined, orderBy: sort.orderBy };
  const { data, previousData, loading, error, refetch } = useQuery(HouseholdsQuery, { variables: { ...list.paging, ...filters } });
  const households = (data ?? previousData)?.households;
  const open = (household?: Row) => {
    setEditing(household);
    setFormOpen(true);
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('households')}
        </Typography.Title>
        {mayWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open()} data-testid="create-household">
            {t('create')}
          </Button>
        ) : null}
      </Space>
      <Typography.Text type="secondary">{tx.intro}</Typography.Text>
      <Input.Search
        allowClear
        placeholder={t('search')}
        defaultValue={list.search}
        onSearch={(q) => list.update({ q })}
        style={{ width: 320 }}
        data-testid="list-search"
      />
      <ConnectionTable<Row>
        presence
        list={list}
        rows={households?.nodes}
        pageInfo={households?.pageInfo}
        totalCount={households?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{ title: t('households'), query: HouseholdsQuery, variables: filters, description: describeFilters([[t('search'), list.search]]) }}
        columns={[
          { title: tx.name, dataIndex: 'name', ...sort.column('NAME') },
          { title: tx.headName, dataIndex: 'headName' },
          { title: tx.address, dataIndex: 'address' },
          { title: t('area'), dataIndex: 'area', ...sort.column('AREA') },
          ...(mayWrite
            ? [
                {
                  key: 'actions',
                  align: 'right' as const,
                  render: (_: unknown, h: Row) => (
                    <Space>
                      <Button icon={<EditOutlined />} onClick={() => open(h)} data-testid={`edit-household-${h.id}`}>
                        {t('edit')}
                      </Button>
                      <DeleteHouseholdButton household={h} />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <HouseholdFormModal open={formOpen} household={editing} onClose={() => setFormOpen(false)} />
    </Space>
  );
}
