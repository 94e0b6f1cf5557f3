import { Card, Progress, Space, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useTexts } from '../../i18n/language';
import { BALLOT_TEXTS } from './texts';

export const BallotTurnoutFragment = graphql(`
  fragment BallotTurnout_session on BallotSession {
    turnout { voters voted percent }
  }
`);

/** How many member units have voted: the only count shown while the vote runs. */
export function BallotTurnout(props: { session: FragmentType<typeof BallotTurnoutFragment> }) {
  const text = useTexts(BALLOT_TEXTS);
  const { turnout } = getFragmentData(BallotTurnoutFragment, props.session);
  return (
    <Card size="small" title={text.turnout}>
      <Space align="center">
        <Progress type="circle" size={64} percent={Math.round(turnout.percent)} />
        <Typography.Text strong data-testid="turnout">
          {turnout.voted}/{turnout.voters}
        </Typography.Text>
      </Space>
    </Card>
  );
}
