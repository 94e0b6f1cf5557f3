import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Input, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { EventKind } from '@thidua/shared';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import type { EventsPageQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { formatDate } from '../../lib/format';
import { listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { EventFormModal } from './EventFormModal';
import { eventsFilter } from './eventsFilter';
import { eventTexts } from './texts';

const EventsQuery = graphql(`
  query EventsPage($first: Int, $after: String, $last: Int, $before: String, $filter: EventFilter, $orderBy: [EventOrder!]) {
    events(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id kind title heldOn venue hostUnit { id name } }
    }
  }
`);

type Row = EventsPageQuery['events']['nodes'][number];

/** Conferences and events (signing, launch, review, ceremony): newest first, each opening its page. */
export function Component() {
  const { t, language } = useLanguage();
  const tx = useTexts(eventTexts);
  const vocab = useVocabularyLabel();
  const list = useListParams();
  const sort = listSort(list, ['HELD_ON', 'TITLE'] as const, { field: 'HELD_ON', dir: 'DESC' });
  const [creating, setCreating] = useState(false);
  const mayWrite = useCan('write:domain');
  const filters = { filter: eventsFilter(list.get), orderBy: sort.orderBy };
  const { data, previousData, loading, error, refetch } = useQuery(EventsQuery, { variables: { ...list.paging, ...filters } });
  const { title, kind, heldOn } = filters.filter;
  const events = (data ?? previousData)?.events;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('events')}
        </Typography.Title>
        {mayWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-event">
            {tx.newEvent}
          </Button>
        ) : null}
      </Space>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={tx.title}
          defaultValue={list.search}
          onSearch={(q) => list.update({ q })}
          style={{ width: 320 }}
          data-testid="list-search"
        />
        <VocabularySelect
          vocabulary={EventKind}
          placeholder={tx.kind}
          allowClear
          value={list.get('kind') as never}
          onChange={(kind: string | undefined) => list.update({ kind })}
          style={{ width: 240 }}
        />
      </Space>
      <ConnectionTable<Row>
        list={list}
        rows={events?.nodes}
        pageInfo={events?.pageInfo}
        totalCount={events?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: t('events'),
          query: EventsQuery,
          variables: filters,
          description: describeFilters([
            [tx.title, title?.contains],
            [tx.kind, kind?.eq && vocab(EventKind, kind.eq)],
            [tx.from, heldOn?.gte && formatDate(heldOn.gte)],
            [tx.to, heldOn?.lte && formatDate(heldOn.lte)],
          ]),
        }}
        columns={[
          { title: tx.heldOn, dataIndex: 'heldOn', width: 120, ...sort.column('HELD_ON'), export: { format: 'DATE' }, render: (d: string) => formatDate(d) },
          {
            title: tx.title,
            dataIndex: 'title',
            ...sort.column('TITLE'),
            render: (title: string, e) => <Link to={`/events/${encodeURIComponent(e.id)}`}>{title}</Link>,
          },
          {
            title: tx.kind,
            dataIndex: 'kind',
            export: { labels: vocabularyLabels(EventKind, language) },
            render: (kind: Row['kind']) => vocab(EventKind, kind),
          },
          { title: tx.venue, dataIndex: 'venue' },
          {
            title: tx.host,
            key: 'host',
            export: { path: 'hostUnit.name' },
            render: (_, e) => (e.hostUnit ? <Link to={`/units/${encodeURIComponent(e.hostUnit.id)}`}>{e.hostUnit.name}</Link> : null),
          },
        ]}
      />
      <EventFormModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
