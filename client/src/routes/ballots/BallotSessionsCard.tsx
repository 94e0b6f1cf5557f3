import { Link } from 'react-router';
import { Card, Empty, List, Tag } from 'antd';
import { BallotPurpose, BallotStatus } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { BALLOT_TEXTS } from './texts';

export const BallotSessionsCard_covenant = graphql(`
  fragment BallotSessionsCard_covenant on Covenant {
    id
    ballotSessions { id title status purpose turnout { voters voted } }
  }
`);

const TEXTS = { ...BALLOT_TEXTS, none: { vi: 'Chưa có phiên bỏ phiếu.', en: 'No ballot sessions yet.' } };

/** The covenant's ballot sessions, each linking to its voter's page, with its turnout. */
export function BallotSessionsCard(props: { covenant: FragmentType<typeof BallotSessionsCard_covenant> }) {
  const { ballotSessions } = getFragmentData(BallotSessionsCard_covenant, props.covenant);
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  return (
    <Card size="small" title={text.ballots} data-testid="ballot-sessions">
      {ballotSessions.length ? (
        <List
          size="small"
          dataSource={ballotSessions}
          renderItem={(s) => (
            <List.Item extra={`${text.turnout}: ${s.turnout.voted}/${s.turnout.voters}`}>
              <Link to={`/ballots/${encodeURIComponent(s.id)}`}>{s.title}</Link> <Tag>{BallotPurpose.labels[s.purpose][language]}</Tag>
              <Tag color="blue">{BallotStatus.labels[s.status][language]}</Tag>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.none} />
      )}
    </Card>
  );
}
