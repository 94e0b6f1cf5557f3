import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { CommentsPanel } from '../../comments/CommentsPanel';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { QueryState } from '../../components/QueryState';
import { useLanguage, useTexts } from '../../i18n/language';
import { RemoteChangeNotice, useHighlightClass } from '../../live/RemoteChangeNotice';
import { listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { CommendationTable } from '../commendations/CommendationTable';
import { DecisionFormModal } from './DecisionFormModal';
import { DecisionSummary } from './DecisionSummary';
import { decisionTexts } from './texts';
import { PresenceBar } from '../../presence/PresenceBar';

const DecisionQuery = graphql(`
  query DecisionPage($id: ID!) {
    decision(id: $id) { id number issuer ...DecisionSummary_decision ...DecisionFormModal_decision }
  }
`);

const DecisionCommendationsQuery = graphql(`
  query DecisionCommendations($decisionId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {
    commendations(first: $first, after: $after, last: $last, before: $before, filter: { decisionId: { eq: $decisionId } }, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id ...CommendationTable_commendation }
    }
  }
`);

export function Component() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const tx = useTexts(decisionTexts);
  const list = useListParams();
  const sort = listSort(list, ['AWARD_RANK', 'YEAR'] as const, { field: 'AWARD_RANK', dir: 'DESC' });
  const [editing, setEditing] = useState(false);
  const mayEdit = useCan('write:domain');
  const { data, loading, error, refetch } = useQuery(DecisionQuery, { variables: { id } });
  const commendations = useQuery(DecisionCommendationsQuery, { variables: { decisionId: id, ...list.paging, orderBy: sort.orderBy } });
  const decision = data?.decision;
  const highlight = useHighlightClass(decision?.id);
  return (
    <QueryState loading={loading && !decision} error={error} onRetry={() => void refetch()}>
      {decision ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <RemoteChangeNotice id={decision.id} listPath="/decisions" />
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Title level={2} style={{ margin: 0 }} className={highlight}>
              {decision.number ? `${tx.titled} ${decision.number}` : `${t('decisions')} ${tx.noNumber}`}
              <Typography.Text type="secondary" style={{ fontSize: 16, marginLeft: 12 }}>{decision.issuer}</Typography.Text> <PresenceBar recordId={decision.id} />
            </Typography.Title>
            {mayEdit ? <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-decision">{t('edit')}</Button> : null}
          </Space>
          <DecisionSummary decision={decision} />
          <Typography.Title level={4} style={{ margin: 0 }}>{tx.commendations}</Typography.Title>
          <CommendationTable
            list={list}
            sort={sort}
            hide={['decision']}
            connection={(commendations.data ?? commendations.previousData)?.commendations}
            loading={commendations.loading}
            error={commendations.error}
            onRetry={() => void commendations.refetch()}
          />
          <CommentsPanel recordId={decision.id} />
          <HistoryTimeline id={decision.id} />
          <DecisionFormModal open={editing} onClose={() => setEditing(false)} decision={decision} />
        </Space>
      ) : null}
    </QueryState>
  );
}
