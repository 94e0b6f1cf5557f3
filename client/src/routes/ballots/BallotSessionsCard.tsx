import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Empty, List, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useCan } from '../../auth/AuthProvider';
import { CreateBallotModal } from './CreateBallotModal';
import { BallotPurpose, BallotStatus } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { BALLOT_TEXTS } from './texts';

export const BallotSessionsCard_covenant = graphql(`
  fragment BallotSessionsCard_covenant on Covenant {
    id
    bloc { id }
    signatures { id unit { id name } }
    unsignedMembers { id name }
    ballotSessions { id title status purpose turnout { voters voted } }
  }
`);

const TEXTS = {
  ...BALLOT_TEXTS,
  none: { vi: 'Chưa có phiên bỏ phiếu.', en: 'No ballot sessions yet.' },
  create: { vi: 'Tạo phiên bỏ phiếu', en: 'New session' },
};

/** The covenant's ballot sessions, each linking to its voter's page, with its turnout. */
export function BallotSessionsCard(props: { covenant: FragmentType<typeof BallotSessionsCard_covenant> }) {
  const covenant = getFragmentData(BallotSessionsCard_covenant, props.covenant);
  const { ballotSessions } = covenant;
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  const [creating, setCreating] = useState(false);
  // Managing sessions: the Board, or this bloc's own officer.
  const mayCreate = useCan('write:bloc', { blocId: covenant.bloc.id });
  const members = [...covenant.signatures.map((s) => s.unit), ...covenant.unsignedMembers];
  const extra = mayCreate ? (
    <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-ballot">
      {text.create}
    </Button>
  ) : null;
  return (
    <Card size="small" title={text.ballots} extra={extra} data-testid="ballot-sessions">
      <CreateBallotModal open={creating} covenantId={covenant.id} members={members} onClose={() => setCreating(false)} />
      {ballotSessions.length ? (
        <List
          size="small"
          dataSource={ballotSessions}
          renderItem={(s) => (
            <List.Item extra={`${text.turnout}: ${s.turnout.voted}/${s.turnout.voters}`}>
              <Link to={`/ballots/${encodeURIComponent(s.id)}`}>{s.title}</Link> <Tag>{BallotPurpose.labels[s.purpose][language]}</Tag>
              <Tag color="blue">{BallotStatus.labels[s.status][language]}</Tag>{' '}
              {s.status === 'CLOSED' ? (
                <Link to={`/ballots/${encodeURIComponent(s.id)}/minutes`} data-testid="session-minutes">
                  {text.minutes}
                </Link>
              ) : null}
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.none} />
      )}
    </Card>
  );
}
