import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Space, Typography } from 'antd';
import { getFragmentData, graphql } from '../../gql';
import type { DossierStatus } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { useTexts } from '../../i18n/language';
import { useListParams } from '../../lib/useListParams';
import { AggregateButton } from './AggregateButton';
import { DossierFilters } from './DossierFilters';
import { DossierTabs } from './DossierTabs';
import { DossierRow, useDossierColumns, type Row } from './dossierColumns';
import { dossiersFilter } from './dossiersFilter';
import { InboxCounts } from './InboxCounts';
import { dossierTexts } from './texts';

const InboxQuery = graphql(`
  query DossierInboxPage($first: Int, $after: String, $last: Int, $before: String, $filter: DossierFilter) {
    dossierInbox(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount overdueCount
      byStatus { status count }
      dossiers {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        nodes { id ...DossierRow }
      }
    }
  }
`);

/** The dossiers waiting on the viewer's level (Hồ sơ chờ xử lý): counts, overdue, the page; received ones can be aggregated. */
export function Component() {
  const tx = useTexts(dossierTexts);
  const list = useListParams();
  const columns = useDossierColumns();
  const [selected, setSelected] = useState<Row[]>([]);
  const { data, previousData, loading, error, refetch } = useQuery(InboxQuery, { variables: { ...list.paging, filter: dossiersFilter(list.get) } });
  const inbox = (data ?? previousData)?.dossierInbox;
  const rows = inbox?.dossiers.nodes.map((n) => getFragmentData(DossierRow, n));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {tx.dossiers}
      </Typography.Title>
      <DossierTabs active="inbox" />
      {inbox ? (
        <InboxCounts
          totalCount={inbox.totalCount}
          overdueCount={inbox.overdueCount}
          byStatus={inbox.byStatus}
          selected={list.get('status')}
          onSelect={(status?: DossierStatus) => list.update({ status })}
        />
      ) : null}
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <DossierFilters list={list} />
        <AggregateButton selected={selected} onDone={() => setSelected([])} />
      </Space>
      <ConnectionTable<Row>
        list={list}
        rows={rows}
        pageInfo={inbox?.dossiers.pageInfo}
        totalCount={inbox?.dossiers.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        columns={columns}
        rowSelection={{
          selectedRowKeys: selected.map((d) => d.id),
          onChange: (_keys, chosen) => setSelected(chosen),
          getCheckboxProps: (d) => ({ disabled: d.status !== 'RECEIVED', 'data-testid': `inbox-select-${d.code}` }) as never,
        }}
      />
    </Space>
  );
}
