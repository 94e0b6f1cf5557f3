import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { certificatePath } from '@thidua/shared';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { connectionProps } from '../../components/connectionProps';
import { DocumentDownloads } from '../../components/documents';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { useLanguage, useTexts } from '../../i18n/language';
import { listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { CommendationTable } from '../commendations';
import { DecisionFormModal } from './DecisionFormModal';
import { DeleteDecisionButton } from './DeleteDecisionButton';
import { PublishDecisionButton } from './PublishDecisionButton';
import { DecisionSummary } from './DecisionSummary';
import { decisionTexts } from './texts';

const DecisionQuery = graphql(`
  query DecisionPage($id: ID!) {
    decision(id: $id) { id number issuer version ...DecisionSummary_decision ...DecisionFormModal_decision ...PublishDecisionButton_decision }
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
  const mayEdit = useCan('write:domain');
  const { data, loading, error, refetch } = useQuery(DecisionQuery, { variables: { id } });
  const commendations = useQuery(DecisionCommendationsQuery, { variables: { decisionId: id, ...list.paging, orderBy: sort.orderBy } });
  const decision = data?.decision;
  return (
    <QueryState loading={loading && !decision} error={error} onRetry={() => void refetch()}>
      {decision ? (
        <RecordPage
          id={decision.id}
          listPath="/decisions"
          title={
            <>
              {decision.number ? `${tx.titled} ${decision.number}` : `${t('decisions')} ${tx.noNumber}`}
              <Typography.Text type="secondary" style={{ fontSize: 16, marginLeft: 12 }}>
                {decision.issuer}
              </Typography.Text>
            </>
          }
          mayEdit={mayEdit}
          editTestId="edit-decision"
          editForm={(modal) => <DecisionFormModal {...modal} decision={decision} />}
          actions={
            mayEdit ? (
              <>
                <PublishDecisionButton decision={decision} />
                <DeleteDecisionButton decision={decision} />
              </>
            ) : null
          }
        >
          <DecisionSummary decision={decision} />
          <Space wrap>
            <DocumentDownloads kind="DECISION" recordId={decision.id} label={tx.document} />
            <Button icon={<PrinterOutlined />} href={certificatePath(decision.id)} download data-testid="decision-certificates">
              {tx.certificates}
            </Button>
          </Space>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {tx.commendations}
          </Typography.Title>
          <CommendationTable list={list} sort={sort} hide={['decision']} {...connectionProps(commendations, (d) => d.commendations)} />
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
