import { useQuery } from '@apollo/client/react';
import { Button, DatePicker, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { ActorKind, ChangeAction } from '@thidua/shared';
import { graphql } from '../../gql';
import type { ActorKind as ActorKindValue, ChangeAction as ChangeActionValue, ChangeEventFilter } from '../../gql/graphql';
import { ChangeList, useChangeNames } from '../../components/ChangeList';
import { ConnectionTable } from '../../components/ConnectionTable';
import { useRecordNames } from '../../components/useRecordNames';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage } from '../../i18n/language';
import { formatDateTime } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { RECORD_TYPES } from './recordTypes';

const AuditQuery = graphql(`
  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: ChangeEventFilter) {
    changeEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id seq occurredAt action actorKind actorId actorName requestId entityType entityId ...ChangeList_event }
    }
  }
`);

/** The filter the URL describes: who (kind, name or one actor), what (type, record, action), when, which request. */
function filterOf(get: (key: string) => string | undefined): ChangeEventFilter {
  const [from, to] = [get('from'), get('to')];
  return {
    ...(get('actorKind') ? { actorKind: { eq: get('actorKind') as ActorKindValue } } : {}),
    ...(get('actorName') ? { actorName: { contains: get('actorName') } } : {}),
    ...(get('actorId') ? { actorId: { eq: get('actorId') } } : {}),
    ...(get('type') ? { entityType: { eq: get('type') } } : {}),
    ...(get('entityId') ? { entityId: { eq: get('entityId') } } : {}),
    ...(get('action') ? { action: { eq: get('action') as ChangeActionValue } } : {}),
    ...(from || to ? { occurredAt: { ...(from ? { gte: dayjs(from).startOf('day').toISOString() } : {}), ...(to ? { lt: dayjs(to).add(1, 'day').startOf('day').toISOString() } : {}) } } : {}),
    ...(get('request') ? { requestId: { eq: get('request') } } : {}),
  };
}

/** Administrators' audit page: every change, newest first, filtered by who, what and when. */
export function Component() {
  const { t, label } = useLanguage();
  const list = useListParams();
  const vocab = useVocabularyLabel();
  const { data, previousData, loading, error, refetch } = useQuery(AuditQuery, { variables: { ...list.paging, filter: filterOf(list.get) } });
  const events = (data ?? previousData)?.changeEvents;
  const names = useChangeNames(events?.nodes ?? []);
  const records = useRecordNames((events?.nodes ?? []).map((e) => e.entityId));
  const [from, to] = [list.get('from'), list.get('to')];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>{t('audit')}</Typography.Title>
      <Space wrap>
        <VocabularySelect vocabulary={ActorKind} allowClear placeholder={t('actor')} value={list.get('actorKind') as ActorKindValue | undefined} onChange={(value) => list.update({ actorKind: value })} style={{ width: 200 }} />
        <Input.Search allowClear placeholder={t('actorName')} defaultValue={list.get('actorName')} onSearch={(value) => list.update({ actorName: value })} style={{ width: 220 }} />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('recordType')}
          value={list.get('type')}
          onChange={(value) => list.update({ type: value })}
          options={Object.entries(RECORD_TYPES).map(([value, text]) => ({ value, label: label(text) }))}
          style={{ width: 240 }}
        />
        <VocabularySelect vocabulary={ChangeAction} allowClear placeholder={t('action')} value={list.get('action') as ChangeActionValue | undefined} onChange={(value) => list.update({ action: value })} style={{ width: 140 }} />
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          value={from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null}
          onChange={(range) => list.update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        />
        <Input.Search allowClear placeholder={t('requestId')} defaultValue={list.get('request')} onSearch={(value) => list.update({ request: value })} style={{ width: 220 }} />
        <Button onClick={() => list.update({ actorKind: null, actorName: null, actorId: null, type: null, entityId: null, action: null, from: null, to: null, request: null })}>{t('clearFilters')}</Button>
      </Space>
      <ConnectionTable
        list={list}
        rows={events?.nodes}
        pageInfo={events?.pageInfo}
        totalCount={events?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        columns={[
          { title: t('occurredAt'), dataIndex: 'occurredAt', render: (value: string) => formatDateTime(value), width: 150 },
          {
            title: t('actor'),
            dataIndex: 'actorName',
            render: (name: string, event) =>
              event.actorId ? (
                <Typography.Link title={t('onlyThisActor')} onClick={() => list.update({ actorId: event.actorId })}>{name}</Typography.Link>
              ) : (
                <Typography.Text type="secondary">{name}</Typography.Text>
              ),
          },
          { title: t('action'), dataIndex: 'action', render: (value: ChangeActionValue) => vocab(ChangeAction, value), width: 100 },
          {
            title: t('record'),
            dataIndex: 'entityId',
            render: (entityId: string, event) => (
              <Space direction="vertical" size={0}>
                <Typography.Text type="secondary">{RECORD_TYPES[event.entityType] ? label(RECORD_TYPES[event.entityType]) : event.entityType}</Typography.Text>
                <Typography.Link title={t('onlyThisRecord')} onClick={() => list.update({ entityId })}>{records.get(entityId) ?? '…'}</Typography.Link>
              </Space>
            ),
          },
          { title: t('changes'), key: 'changes', render: (_: unknown, event) => <ChangeList event={event} names={names} /> },
        ]}
      />
    </Space>
  );
}
