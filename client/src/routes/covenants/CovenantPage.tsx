import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Col, Row } from 'antd';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { useLanguage, useTexts } from '../../i18n/language';
import { CovenantWorkflow } from '../../components/workflow/CovenantWorkflow';
import { CovenantHeader } from './CovenantHeader';
import { DeleteCovenantButton } from './DeleteCovenantButton';
import { CriteriaEditor } from './CriteriaEditor';
import { SigningEventCard } from './SigningEventCard';
import { SignaturesPanel } from './SignaturesPanel';
import { RankingTable } from './RankingTable';
import { BallotSessionsCard } from '../ballots';
import { ProposalsCard } from '../dossiers';

const CovenantQuery = graphql(`
  query CovenantPage($id: ID!) {
    covenant(id: $id) {
      id title year version
      bloc { id name }
      ...CovenantWorkflow_covenant
      ...CovenantHeader_covenant
      ...CriteriaEditor_covenant
      ...SigningEventCard_covenant
      ...SignaturesPanel_covenant
      ...RankingTable_covenant
      ...BallotSessionsCard_covenant
      proposals { id ...ProposalsCard_proposal }
    }
  }
`);

const TEXTS = {
  editor: { vi: 'Soạn giao ước thi đua', en: 'Covenant editor' },
};

/** The covenant editor: header, criteria, signing event, who has signed, and the ranking. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const { data, loading, error, refetch } = useQuery(CovenantQuery, { variables: { id } });
  const covenant = data?.covenant;
  return (
    <QueryState loading={loading && !covenant} error={error} onRetry={() => void refetch()}>
      {covenant ? (
        <RecordPage
          id={covenant.id}
          listPath="/covenants"
          breadcrumb={
            <Breadcrumb
              items={[
                { title: <Link to="/covenants">{t('covenants')}</Link> },
                { title: <Link to={`/blocs/${encodeURIComponent(covenant.bloc.id)}`}>{covenant.bloc.name}</Link> },
                { title: `${text.editor} ${covenant.year}` },
              ]}
            />
          }
          title={covenant.title}
          titleTestId="covenant-title"
          actions={<DeleteCovenantButton covenant={covenant} />}
        >
          <CovenantWorkflow covenant={covenant} />
          <CovenantHeader covenant={covenant} />
          <CriteriaEditor covenant={covenant} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <SigningEventCard covenant={covenant} />
            </Col>
            <Col xs={24} xl={14}>
              <SignaturesPanel covenant={covenant} />
            </Col>
          </Row>
          <RankingTable covenant={covenant} />
          <BallotSessionsCard covenant={covenant} />
          <ProposalsCard proposals={covenant.proposals} blocId={covenant.bloc.id} />
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
