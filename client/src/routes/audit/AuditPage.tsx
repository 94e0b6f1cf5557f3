import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Button, Card, DatePicker, Result, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { ActorKind, ChangeAction } from '@thidua/shared';
import { graphql } from '../../gql';
import type { ActorKind as ActorKindValue, ChangeAction as ChangeActionValue } from '../../gql/graphql';
import { ChangeList, useChangeNames } from '../../components/ChangeList';
import { ConnectionTable } from '../../components/ConnectionTable';
import { vocabularyLabels } from '../../components/export/exportColumns';
import { ACTION_COLORS } from '../../components/HistoryTimeline';
import { SearchInput } from '../../components/SearchInput';
import { useVocabularyLabel, VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { formatDateTime } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { auditFilter, clearedAuditFilters, dateRangePatch, dayParam, hasAuditFilter, type AuditParam } from './auditFilter';
import { recordTypeLabel, useRecordLinks } from './recordLinks';
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

const TEXTS = {
  intro: {
    vi: 'Mọi thay đổi dữ liệu, mới nhất trước: ai đã tạo, sửa, xóa bản ghi nào, khi nào và trong yêu cầu nào.',
    en: 'Every change to the data, newest first: who created, changed or deleted which record, when, and in which request.',
  },
  who: { vi: 'Ai', en: 'Who' },
  what: { vi: 'Cái gì', en: 'What' },
  when: { vi: 'Khi nào', en: 'When' },
  actorKind: { vi: 'Loại người thực hiện', en: 'Kind of actor' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  oneActor: { vi: 'Người thực hiện', en: 'Actor' },
  oneRecord: { vi: 'Bản ghi', en: 'Record' },
  oneRequest: { vi: 'Yêu cầu', en: 'Request' },
  sameRequest: { vi: 'Mọi thay đổi của yêu cầu này', en: 'Every change of this request' },
  openRecord: { vi: 'Mở trang của bản ghi', en: 'Open the record’s page' },
  forbiddenTitle: { vi: 'Không có quyền xem nhật ký thay đổi', en: 'Not allowed to read the audit log' },
  forbidden: {
    vi: 'Nhật ký thay đổi dành cho quản trị hệ thống, cán bộ Ban Thi đua – Khen thưởng và chuyên viên phân tích. Lịch sử của từng bản ghi vẫn xem được trên trang của bản ghi.',
    en: 'The audit log is for administrators, Board officers and analysts. Each record’s history is still shown on its page.',
  },
};

/** Long record names (a covenant criterion's text) take at most three lines; the whole name is in the tooltip. */
const CLAMP = { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 360 } as const;

function isForbidden(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
}

/** A text filter kept in the URL: applied as typing pauses or on Enter, following the URL when it changes. */
function TextFilter(props: { value: string | undefined; placeholder: string; onSearch(value: string): void; testId: string; width: number }) {
  return <SearchInput value={props.value ?? ''} placeholder={props.placeholder} onSearch={props.onSearch} width={props.width} data-testid={props.testId} />;
}

/**
 * The audit page (read:audit: administrators, the Board, analysts): every change, newest first,
 * filtered by who, what and when, all in the URL; paged by the server; each event links to the
 * page of the record it changed.
 */
export function Component() {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const list = useListParams();
  const vocab = useVocabularyLabel();
  const get = list.get as (key: AuditParam) => string | undefined;
  const filters = useMemo(() => ({ filter: auditFilter(get) }), [get]);
  const { data, previousData, loading, error, refetch } = useQuery(AuditQuery, { variables: { ...list.paging, ...filters } });
  const events = (data ?? previousData)?.changeEvents;
  const names = useChangeNames(events?.nodes ?? []);
  const types = useMemo(() => new Map((events?.nodes ?? []).map((e) => [e.entityId, e.entityType])), [events]);
  const records = useRecordLinks([...(events?.nodes ?? []).map((e) => e.entityId), get('entityId')], types, language);
  const [from, to] = [dayParam(get('from')), dayParam(get('to'))];
  const [actorId, entityId, request] = [get('actorId'), get('entityId'), get('request')];
  const actorName = actorId ? (events?.nodes.find((e) => e.actorId === actorId)?.actorName ?? actorId) : undefined;
  const { actorKind, action } = filters.filter;
  const recordTypeLabels = Object.fromEntries(Object.entries(RECORD_TYPES).map(([type, label]) => [type, label[language]]));

  if (isForbidden(error)) {
    return <Result status="403" title={text.forbiddenTitle} subTitle={text.forbidden} data-testid="audit-forbidden" />;
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('audit')}
        </Typography.Title>
        <Typography.Text type="secondary">{text.intro}</Typography.Text>
      </div>
      <Card size="small" data-testid="audit-filters">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap align="center">
            <Typography.Text strong style={{ minWidth: 56, display: 'inline-block' }}>
              {text.who}
            </Typography.Text>
            <VocabularySelect
              vocabulary={ActorKind}
              allowClear
              placeholder={text.actorKind}
              value={ActorKind.values.includes(get('actorKind') as ActorKindValue) ? (get('actorKind') as ActorKindValue) : undefined}
              onChange={(value) => list.update({ actorKind: value })}
              style={{ width: 200 }}
              data-testid="audit-actor-kind"
            />
            <TextFilter
              value={get('actorName')}
              placeholder={t('actorName')}
              onSearch={(value) => list.update({ actorName: value })}
              testId="audit-actor-name"
              width={240}
            />
            <Typography.Text strong style={{ minWidth: 56, display: 'inline-block', marginInlineStart: 16 }}>
              {text.what}
            </Typography.Text>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('recordType')}
              value={get('type')}
              onChange={(value) => list.update({ type: value })}
              options={Object.entries(RECORD_TYPES).map(([value, label]) => ({ value, label: label[language] }))}
              style={{ width: 260 }}
              data-testid="audit-type"
            />
            <VocabularySelect
              vocabulary={ChangeAction}
              allowClear
              placeholder={t('action')}
              value={ChangeAction.values.includes(get('action') as ChangeActionValue) ? (get('action') as ChangeActionValue) : undefined}
              onChange={(value) => list.update({ action: value })}
              style={{ width: 140 }}
              data-testid="audit-action"
            />
          </Space>
          <Space wrap align="center">
            <Typography.Text strong style={{ minWidth: 56, display: 'inline-block' }}>
              {text.when}
            </Typography.Text>
            <DatePicker.RangePicker
              format="DD/MM/YYYY"
              allowEmpty={[true, true]}
              placeholder={[text.from, text.to]}
              value={from || to ? [from ?? null, to ?? null] : null}
              onChange={(range) => list.update(dateRangePatch(range))}
              data-testid="audit-dates"
            />
            <TextFilter value={request} placeholder={t('requestId')} onSearch={(value) => list.update({ request: value })} testId="audit-request" width={300} />
            <Button onClick={() => list.update(clearedAuditFilters())} disabled={!hasAuditFilter(get)} data-testid="audit-clear">
              {t('clearFilters')}
            </Button>
          </Space>
          {actorId || entityId ? (
            <Space wrap>
              {actorId ? (
                <Tag closable onClose={() => list.update({ actorId: null })} data-testid="audit-actor-tag">
                  {text.oneActor}: {actorName}
                </Tag>
              ) : null}
              {entityId ? (
                <Tag closable onClose={() => list.update({ entityId: null })} data-testid="audit-record-tag">
                  {text.oneRecord}: {records.get(entityId)?.name ?? entityId}
                </Tag>
              ) : null}
            </Space>
          ) : null}
        </Space>
      </Card>
      <ConnectionTable
        list={list}
        rows={events?.nodes}
        pageInfo={events?.pageInfo}
        totalCount={events?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        exportAs={{
          title: t('audit'),
          query: AuditQuery,
          variables: filters,
          description: describeFilters([
            [text.actorKind, actorKind?.eq && vocab(ActorKind, actorKind.eq)],
            [t('actorName'), get('actorName')?.trim()],
            [text.oneActor, actorName],
            [t('recordType'), get('type') && recordTypeLabel(get('type')!, language)],
            [text.oneRecord, entityId && (records.get(entityId)?.name ?? entityId)],
            [t('action'), action?.eq && vocab(ChangeAction, action.eq)],
            [text.from, from?.format('DD/MM/YYYY')],
            [text.to, to?.format('DD/MM/YYYY')],
            [t('requestId'), request?.trim()],
          ]),
        }}
        columns={[
          {
            title: t('occurredAt'),
            dataIndex: 'occurredAt',
            export: { format: 'DATETIME' },
            width: 150,
            render: (value: string, event) => (
              <Space orientation="vertical" size={0}>
                <span data-testid="audit-time">{formatDateTime(value)}</span>
                {event.requestId ? (
                  <Tooltip title={`${text.sameRequest}: ${event.requestId}`}>
                    <Typography.Link
                      type="secondary"
                      style={{ fontSize: 12 }}
                      onClick={() => list.update({ request: event.requestId })}
                      data-testid="audit-request-link"
                    >
                      #{event.requestId.slice(0, 8)}
                    </Typography.Link>
                  </Tooltip>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('actor'),
            dataIndex: 'actorName',
            render: (name: string, event) => (
              <Space orientation="vertical" size={0}>
                <Space size={4}>
                  <span data-testid="audit-actor">{name}</span>
                  {event.actorId ? (
                    <Tooltip title={t('onlyThisActor')}>
                      <Button
                        type="text"
                        size="small"
                        icon={<FilterOutlined />}
                        aria-label={t('onlyThisActor')}
                        onClick={() => list.update({ actorId: event.actorId })}
                      />
                    </Tooltip>
                  ) : null}
                </Space>
                {event.actorKind === 'TOKEN' ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {vocab(ActorKind, event.actorKind)}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('action'),
            dataIndex: 'action',
            export: { labels: vocabularyLabels(ChangeAction, language) },
            width: 100,
            render: (value: ChangeActionValue) => (
              <Tag color={ACTION_COLORS[value]} data-testid="audit-action-tag">
                {vocab(ChangeAction, value)}
              </Tag>
            ),
          },
          {
            title: t('record'),
            dataIndex: 'entityId',
            // Record names are looked up on screen, not in the list's query: the file has each record's type.
            export: { path: 'entityType', labels: recordTypeLabels },
            render: (id: string, event) => {
              const record = records.get(id);
              return (
                <Space orientation="vertical" size={0}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {recordTypeLabel(event.entityType, language)}
                  </Typography.Text>
                  <Space size={4} align="start">
                    {record?.path ? (
                      <Link to={record.path} title={`${text.openRecord}: ${record.name}`} style={CLAMP} data-testid="audit-record-link">
                        {record.name}
                      </Link>
                    ) : (
                      <span title={record?.name} style={CLAMP} data-testid="audit-record">
                        {record?.name ?? '…'}
                      </span>
                    )}
                    <Tooltip title={t('onlyThisRecord')}>
                      <Button
                        type="text"
                        size="small"
                        icon={<FilterOutlined />}
                        aria-label={t('onlyThisRecord')}
                        onClick={() => list.update({ entityId: id })}
                      />
                    </Tooltip>
                  </Space>
                </Space>
              );
            },
          },
          { title: t('changes'), key: 'changes', export: { path: 'changes.field' }, render: (_: unknown, event) => <ChangeList event={event} names={names} /> },
        ]}
      />
    </Space>
  );
}
