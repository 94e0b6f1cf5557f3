import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Space, Timeline, Typography } from 'antd';
import { ChangeAction } from '@thidua/shared';
import { graphql } from '../gql';
import { useLanguage } from '../i18n/language';
import { formatDateTime } from '../lib/format';
import { ChangeList, useChangeNames } from './ChangeList';
import { QueryState } from './QueryState';
import { useVocabularyLabel } from './VocabularySelect';

const HistoryQuery = graphql(`
  query HistoryTimeline($id: ID!, $after: String) {
    node(id: $id) {
      id
      ... on Versioned {
        history(first: 20, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { id action occurredAt actorName ...ChangeList_event }
        }
      }
    }
  }
`);

const COLORS = { CREATE: 'green', UPDATE: 'blue', DELETE: 'red' } as const;

/** A record's history on its detail page: who changed what and when, newest first. */
export function HistoryTimeline({ id }: { id: string }) {
  const { t } = useLanguage();
  const vocab = useVocabularyLabel();
  const { data, loading, error, refetch, fetchMore } = useQuery(HistoryQuery, { variables: { id }, notifyOnNetworkStatusChange: true });
  const history = data?.node && 'history' in data.node ? data.node.history : undefined;
  const names = useChangeNames(history?.nodes ?? []);
  const more = () =>
    void fetchMore({
      variables: { after: history?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        const [old, next] = [previous.node, fetchMoreResult.node];
        if (!old || !next || !('history' in old) || !('history' in next)) return previous;
        return { ...previous, node: { ...old, history: { ...next.history, nodes: [...old.history.nodes, ...next.history.nodes] } } };
      },
    });
  return (
    <Card title={t('history')} data-testid="history-timeline">
      <QueryState loading={loading && !history} error={error} onRetry={() => void refetch()}>
        {history?.nodes.length ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Timeline
              items={history.nodes.map((event) => ({
                key: event.id,
                color: COLORS[event.action],
                children: (
                  <>
                    <Typography.Text strong>{vocab(ChangeAction, event.action)}</Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {formatDateTime(event.occurredAt)} · {event.actorName}
                    </Typography.Text>
                    <ChangeList event={event} names={names} />
                  </>
                ),
              }))}
            />
            {history.pageInfo.hasNextPage ? (
              <Button size="small" loading={loading} onClick={more}>
                {t('olderChanges')}
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
