import { Link } from 'react-router';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { ActorKind, ChangeAction } from '@thidua/shared';
import { useCan } from '../auth/AuthProvider';
import { graphql } from '../gql';
import { useLanguage, useTexts } from '../i18n/language';
import { formatDateTime } from '../lib/format';
import { ChangeList, useChangeNames } from './ChangeList';
import { QueryState } from './QueryState';
import { useVocabularyLabel } from './VocabularySelect';

/** Events per request; "Xem thêm" reads the next, older ones. */
export const HISTORY_PAGE_SIZE = 10;

/*
 * `... on Versioned`: every record type with a history, through the cache's possibleTypes
 * (app/cache.ts), so a new record type's page shows its history without a line here.
 */
const HistoryQuery = graphql(`
  query HistoryTimeline($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      id
      ... on Versioned { history(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id action occurredAt actorKind actorName ...ChangeList_event } } }
    }
  }
`);

/** The colour of each action's tag (antd preset colours). */
export const ACTION_COLORS = { CREATE: 'green', UPDATE: 'blue', DELETE: 'red' } as const;
/** The same colours for the timeline's dots, as CSS colours: the theme makes the named "blue" its primary red. */
const DOT_COLORS = { CREATE: '#52c41a', UPDATE: '#1677ff', DELETE: '#ff4d4f' } as const;

const TEXTS = {
  more: { vi: 'Xem thêm', en: 'Show more' },
  inAudit: { vi: 'Xem trong nhật ký thay đổi', en: 'Open in the audit log' },
};

/**
 * A record's history on its detail page, newest first: each change as a coloured action tag,
 * when (dd/MM/yyyy HH:mm) and who, then every field it touched, named as the page names it,
 * "before → after". Pages after the first come with "Xem thêm". The page's own mutations drop
 * the cached history (lib/historyCache.ts), so the timeline reads it again after a save.
 */
export function HistoryTimeline({ id }: { id: string }) {
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  const mayAudit = useCan('read:audit');
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(HistoryQuery, {
    variables: { id, first: HISTORY_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const history = data?.node && 'history' in data.node ? data.node.history : undefined;
  const names = useChangeNames(history?.nodes ?? []);
  const more = () =>
    void fetchMore({
      variables: { after: history?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        const [old, next] = [previous.node, fetchMoreResult.node];
        if (!old || !next || !('history' in old) || !('history' in next)) return previous as typeof fetchMoreResult;
        return { ...previous, node: { ...old, history: { ...next.history, nodes: [...old.history.nodes, ...next.history.nodes] } } };
      },
    });
  return (
    <Card
      title={t('history')}
      extra={
        mayAudit ? (
          <Link to={`/audit?entityId=${encodeURIComponent(id)}`} data-testid="history-audit-link">
            {text.inAudit}
          </Link>
        ) : null
      }
      data-testid="history-timeline"
    >
      <QueryState loading={loading && !history} error={error} onRetry={() => void refetch()}>
        {history?.nodes.length ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Timeline
              items={history.nodes.map((event) => ({
                key: event.id,
                color: DOT_COLORS[event.action],
                content: (
                  <div data-testid="history-event" data-action={event.action}>
                    <Space size={4} wrap>
                      <Tag color={ACTION_COLORS[event.action]} data-testid="history-action">
                        {vocab(ChangeAction, event.action)}
                      </Tag>
                      <Typography.Text type="secondary" data-testid="history-time">
                        {formatDateTime(event.occurredAt)}
                      </Typography.Text>
                      <Typography.Text type="secondary">·</Typography.Text>
                      <Typography.Text data-testid="history-actor">{event.actorName}</Typography.Text>
                      {event.actorKind === 'TOKEN' ? <Typography.Text type="secondary">({vocab(ActorKind, event.actorKind)})</Typography.Text> : null}
                    </Space>
                    <ChangeList event={event} names={names} />
                  </div>
                ),
              }))}
            />
            {history.pageInfo.hasNextPage ? (
              <Button size="small" loading={networkStatus === NetworkStatus.fetchMore} onClick={more} data-testid="history-more">
                {text.more}
              </Button>
            ) : null}
          </Space>
        ) : (
          <Empty description={t('noHistory')} />
        )}
      </QueryState>
    </Card>
  );
}
