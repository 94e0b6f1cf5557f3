import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Button, Col, Descriptions, Row, Tag } from 'antd';
import { FileDoneOutlined } from '@ant-design/icons';
import { getFragmentData, graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { CouncilAgenda } from './CouncilAgenda';
import { CouncilEditModal } from './CouncilEditModal';
import { CouncilMembers } from './CouncilMembers';
import { CouncilWorkflow } from './CouncilWorkflow';
import { DeleteCouncilButton } from './DeleteCouncilButton';
import { councilTexts } from './texts';

export const CouncilSessionPage_session = graphql(`
  fragment CouncilSessionPage_session on CouncilSession {
    id title year status version meetingDate venue secret quorumPercent thresholdPercent thresholdBase
    ...CouncilWorkflow_session
    ...CouncilMembers_session
    ...CouncilAgenda_session
  }
`);

const CouncilSessionQuery = graphql(`
  query CouncilSessionPage($id: ID!) {
    councilSession(id: $id) { id ...CouncilSessionPage_session }
  }
`);

/**
 * A session of the council: its status and steps, its details and rules, the members with their
 * attendance and the lines voted on with their counts; the minutes once closed.
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const tx = useTexts(councilTexts);
  const { data, loading, error, refetch } = useQuery(CouncilSessionQuery, { variables: { id } });
  const session = data ? getFragmentData(CouncilSessionPage_session, data.councilSession) : undefined;
  const board = useCan('write:domain');
  const open = session?.status === 'DRAFT' || session?.status === 'VOTING';
  const minutesLink = session?.status === 'CLOSED' && (
    <Link to={`/council/${encodeURIComponent(session.id)}/minutes`} data-testid="council-minutes-link">
      <Button icon={<FileDoneOutlined />}>{tx.minutes}</Button>
    </Link>
  );
  return (
    <QueryState loading={loading && !session} error={error} onRetry={() => void refetch()}>
      {session ? (
        <RecordPage
          id={session.id}
          listPath="/council"
          breadcrumb={<Breadcrumb items={[{ title: <Link to="/council">{tx.council}</Link> }, { title: session.title }]} />}
          title={session.title}
          titleTestId="council-title"
          wrap
          comments={false}
          extra={minutesLink || null}
          mayEdit={board && open}
          editTestId="edit-council"
          editForm={(props) => <CouncilEditModal {...props} session={session} />}
          actions={board && (session.status === 'DRAFT' || session.status === 'CANCELLED') ? <DeleteCouncilButton session={session} /> : null}
        >
          <CouncilWorkflow session={session} />
          <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="council-summary">
            <Descriptions.Item label={t('year')}>{session.year}</Descriptions.Item>
            <Descriptions.Item label={tx.meetingDate}>{session.meetingDate ? formatDate(session.meetingDate) : tx.none}</Descriptions.Item>
            <Descriptions.Item label={tx.venue}>{session.venue || tx.none}</Descriptions.Item>
            <Descriptions.Item label={tx.settings} span="filled">
              <Tag>{session.secret ? tx.secret : tx.open}</Tag>
              {tx.rule} {session.thresholdPercent}% {session.thresholdBase === 'PRESENT' ? tx.ofPresent : tx.ofAll}; {tx.quorumRule} {session.quorumPercent}%{' '}
              {tx.quorumOf}
            </Descriptions.Item>
          </Descriptions>
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <CouncilMembers session={session} mayEdit={board} />
            </Col>
            <Col span={24}>
              <CouncilAgenda session={session} mayEdit={board} />
            </Col>
          </Row>
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
