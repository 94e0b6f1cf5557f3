import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Col, Row, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { CommentsPanel } from '../../comments/CommentsPanel';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { QueryState } from '../../components/QueryState';
import { RemoteChangeNotice, useHighlightClass } from '../../live/RemoteChangeNotice';
import { useLanguage, useTexts } from '../../i18n/language';
import { listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { CommendationTable } from '../commendations/CommendationTable';
import { MovementCriteria } from './MovementCriteria';
import { MovementFormModal } from './MovementFormModal';
import { MovementGoals } from './MovementGoals';
import { MovementSummary } from './MovementSummary';
import { movementTexts } from './texts';
import { PresenceBar } from '../../presence/PresenceBar';

const MovementQuery = graphql(`
  query MovementPage($id: ID!) {
    movement(id: $id) {
      id name
      ...MovementSummary_movement
      ...MovementGoals_movement
      ...MovementCriteria_movement
      ...MovementFormModal_movement
    }
  }
`);

const MovementCommendationsQuery = graphql(`
  query MovementCommendations($movementId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [CommendationOrder!]) {
    commendations(first: $first, after: $after, last: $last, before: $before, filter: { movementId: { eq: $movementId } }, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id ...CommendationTable_commendation }
    }
  }
`);

export function Component() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const tx = useTexts(movementTexts);
  const list = useListParams();
  const sort = listSort(list, ['YEAR', 'AWARD_RANK'] as const, { field: 'YEAR', dir: 'DESC' });
  const [editing, setEditing] = useState(false);
  const mayEdit = useCan('write:domain');
  const { data, loading, error, refetch } = useQuery(MovementQuery, { variables: { id } });
  const commendations = useQuery(MovementCommendationsQuery, { variables: { movementId: id, ...list.paging, orderBy: sort.orderBy } });
  const movement = data?.movement;
  const highlight = useHighlightClass(movement?.id);
  return (
    <QueryState loading={loading && !movement} error={error} onRetry={() => void refetch()}>
      {movement ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <RemoteChangeNotice id={movement.id} listPath="/movements" />
          <Space style={{ justifyContent: 'space-between', width: '100%' }} align="start">
            <Typography.Title level={2} style={{ margin: 0 }} className={highlight}>{movement.name} <PresenceBar recordId={movement.id} /></Typography.Title>
            {mayEdit ? <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-movement">{t('edit')}</Button> : null}
          </Space>
          <MovementSummary movement={movement} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}><MovementGoals movement={movement} /></Col>
            <Col xs={24} lg={12}><MovementCriteria movement={movement} /></Col>
          </Row>
          <Typography.Title level={4} style={{ margin: 0 }}>{tx.commendations}</Typography.Title>
          <CommendationTable
            list={list}
            sort={sort}
            connection={(commendations.data ?? commendations.previousData)?.commendations}
            loading={commendations.loading}
            error={commendations.error}
            onRetry={() => void commendations.refetch()}
          />
          <CommentsPanel recordId={movement.id} />
          <HistoryTimeline id={movement.id} />
          <MovementFormModal open={editing} onClose={() => setEditing(false)} movement={movement} />
        </Space>
      ) : null}
    </QueryState>
  );
}
