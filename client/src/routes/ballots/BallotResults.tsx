import { Link } from 'react-router';
import { Alert, Button, Card, List, Table, Tag } from 'antd';
import { ProposedAward } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { ProposalStatusTag } from '../dossiers';
import { BALLOT_TEXTS } from './texts';

export const BallotResultsFragment = graphql(`
  fragment BallotResults_session on BallotSession {
    id
    status
    purpose
    minutes { leaderName result }
    proposals { id award votes percent status unit { id name } dossier { id code } }
    results { voters voted turnoutPercent quorumMet candidates { unit { id name } votes percent passed } }
  }
`);

/** The count per candidate once the session is closed, the leader and proposals it recorded, a link to its minutes; before that, only a note. */
export function BallotResults(props: { session: FragmentType<typeof BallotResultsFragment> }) {
  const text = useTexts(BALLOT_TEXTS);
  const { language } = useLanguage();
  const { id, results, minutes, proposals, purpose } = getFragmentData(BallotResultsFragment, props.session);
  if (!results) return <Alert type="info" showIcon title={text.resultsLater} />;
  const minutesLink = (
    <Link to={`/ballots/${encodeURIComponent(id)}/minutes`} data-testid="minutes-link">
      <Button size="small">{text.minutes}</Button>
    </Link>
  );
  return (
    <Card size="small" title={text.results} extra={minutesLink}>
      <Alert
        type={results.quorumMet ? 'success' : 'warning'}
        showIcon
        title={results.quorumMet ? text.quorumMet : text.quorumMissed}
        style={{ marginBottom: 12 }}
      />
      <Table
        size="small"
        pagination={false}
        rowKey={(row) => row.unit.id}
        dataSource={results.candidates}
        data-testid="results-table"
        columns={[
          { title: text.candidate, render: (_, row) => row.unit.name },
          { title: text.votes, dataIndex: 'votes', align: 'right' },
          { title: text.percent, render: (_, row) => `${formatNumber(row.percent)}%`, align: 'right' },
          { title: '', render: (_, row) => (row.passed ? <Tag color="green">{text.passed}</Tag> : <Tag>{text.notPassed}</Tag>) },
        ]}
      />
      {minutes ? (
        <Alert
          type={purpose === 'LEADING_UNIT' && !minutes.leaderName ? 'warning' : 'info'}
          showIcon
          style={{ marginTop: 12 }}
          title={purpose === 'LEADING_UNIT' ? (minutes.leaderName ? `${text.leader}: ${minutes.leaderName}` : text.noLeader) : text.conclusion}
          description={minutes.result}
          data-testid="ballot-leader"
        />
      ) : null}
      <List
        size="small"
        header={text.proposals}
        locale={{ emptyText: text.noProposals }}
        dataSource={proposals}
        data-testid="ballot-proposals"
        renderItem={(p) => (
          <List.Item>
            {p.unit.name} – <Tag color="gold">{ProposedAward.labels[p.award][language]}</Tag> {p.votes} ({formatNumber(p.percent)}%){' '}
            <ProposalStatusTag proposal={p} />
          </List.Item>
        )}
      />
    </Card>
  );
}
