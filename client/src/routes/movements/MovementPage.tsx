import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Col, Row, Typography } from 'antd';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { connectionProps } from '../../components/connectionProps';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { useTexts } from '../../i18n/language';
import { listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { CommendationTable } from '../commendations';
import { MovementCriteria } from './MovementCriteria';
import { DeleteMovementButton } from './DeleteMovementButton';
import { MovementFormModal } from './MovementFormModal';
import { MovementGoals } from './MovementGoals';
import { MovementSummary } from './MovementSummary';
import { movementTexts } from './texts';
import { MovementWorkflow } from '../../components/workflow/MovementWorkflow';

const MovementQuery = graphql(`
  query MovementPage($id: ID!) {
    movement(id: $id) {
      id name version
      ...MovementSummary_movement
      ...MovementGoals_movement
      ...MovementCriteria_movement
      ...MovementFormModal_movement
      ...MovementWorkflow_movement
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
  const tx = useTexts(movementTexts);
  const list = useListParams();
  const sort = listSort(list, ['YEAR', 'AWARD_RANK'] as const, { field: 'YEAR', dir: 'DESC' });
  const mayEdit = useCan('write:domain');
  const { data, loading, error, refetch } = useQuery(MovementQuery, { variables: { id } });
  const commendations = useQuery(MovementCommendationsQuery, { variables: { movementId: id, ...list.paging, orderBy: sort.orderBy } });
  const movement = data?.movement;
  return (
    <QueryState loading={loading && !movement} error={error} onRetry={() => void refetch()}>
      {movement ? (
        <RecordPage
          id={movement.id}
          listPath="/movements"
          title={movement.name}
          alignTop
          mayEdit={mayEdit}
          editTestId="edit-movement"
          editForm={(modal) => <MovementFormModal {...modal} movement={movement} />}
          actions={mayEdit ? <DeleteMovementButton movement={movement} /> : null}
        >
          <MovementWorkflow movement={movement} />
          <MovementSummary movement={movement} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <MovementGoals movement={movement} />
            </Col>
            <Col xs={24} lg={12}>
              <MovementCriteria movement={movement} />
            </Col>
          </Row>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {tx.commendations}
          </Typography.Title>
          <CommendationTable list={list} sort={sort} {...connectionProps(commendations, (d) => d.commendations)} />
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
