import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Button, Col, Descriptions, Row, Tag } from 'antd';
import { useCan } from '../../auth/AuthProvider';
import { BallotPurpose } from '@thidua/shared';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { useLanguage, useTexts } from '../../i18n/language';
import { BallotWorkflow } from '../../components/workflow/BallotWorkflow';
import { BallotResults } from './BallotResults';
import { BallotTurnout } from './BallotTurnout';
import { BallotVote } from './BallotVote';
import { MeetingDetailsModal } from './MeetingDetailsModal';
import { BALLOT_TEXTS } from './texts';

const BallotQuery = graphql(`
  query BallotPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on BallotSession {
        id title status purpose secret thresholdPercent thresholdBase quorumPercent
        meetingDate venue chair secretary
        ...MeetingDetailsModal_session
        covenant { id year bloc { id name } }
        ...BallotWorkflow_session
        ...BallotTurnout_session
        ...BallotVote_session
        ...BallotResults_session
      }
    }
  }
`);

/**
 * A bloc vote for a member unit's officer: the session and its rules, the ballot, the turnout
 * (live: every ballot is an event that refreshes this query), and the results once closed.
 */
export function Component() {
  const { id = '' } = useParams();
  const { t, language } = useLanguage();
  const text = useTexts(BALLOT_TEXTS);
  const { data, loading, error, refetch } = useQuery(BallotQuery, { variables: { id } });
  const session = data?.node?.__typename === 'BallotSession' ? data.node : null;
  const [editing, setEditing] = useState(false);
  const mayEdit = useCan('write:bloc', { blocId: session?.covenant.bloc.id ?? '' });
  const editable = session && mayEdit && (session.status === 'DRAFT' || session.status === 'OPEN');
  return (
    <QueryState loading={loading && !session} error={error} empty={!loading && !session} onRetry={() => void refetch()}>
      {session ? (
        <RecordPage
          id={session.id}
          listPath={`/covenants/${encodeURIComponent(session.covenant.id)}`}
          breadcrumb={
            <Breadcrumb
              items={[
                { title: <Link to={`/blocs/${encodeURIComponent(session.covenant.bloc.id)}`}>{session.covenant.bloc.name}</Link> },
                { title: <Link to={`/covenants/${encodeURIComponent(session.covenant.id)}`}>{`${t('covenants')} ${session.covenant.year}`}</Link> },
                { title: text.ballots },
              ]}
            />
          }
          title={session.title}
          titleTestId="ballot-title"
        >
          <BallotWorkflow session={session} />
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label="">
              <Tag>{BallotPurpose.labels[session.purpose][language]}</Tag>
              <Tag>{session.secret ? text.secret : text.open}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={text.rules}>
              {text.threshold} {session.thresholdPercent}% {session.thresholdBase === 'PRESENT' ? text.ofPresent : text.ofAll}; {text.quorum}{' '}
              {session.quorumPercent}% {text.quorumOf}
            </Descriptions.Item>
            <Descriptions.Item label={text.meeting}>
              {[session.meetingDate?.split('-').reverse().join('/'), session.venue, session.chair, session.secretary].filter(Boolean).join(' · ') || '—'}
              {editable ? (
                <Button size="small" type="link" onClick={() => setEditing(true)} data-testid="edit-meeting">
                  {text.editMeeting}
                </Button>
              ) : null}
            </Descriptions.Item>
          </Descriptions>
          {editable ? <MeetingDetailsModal open={editing} onClose={() => setEditing(false)} session={session} /> : null}
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <BallotVote session={session} />
            </Col>
            <Col xs={24} lg={10}>
              <BallotTurnout session={session} />
            </Col>
            <Col span={24}>
              <BallotResults session={session} />
            </Col>
          </Row>
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
