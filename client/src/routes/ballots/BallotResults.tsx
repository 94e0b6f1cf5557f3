import { Alert, Card, Table, Tag } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useTexts } from '../../i18n/language';
import { BALLOT_TEXTS } from './texts';

export const BallotResultsFragment = graphql(`
  fragment BallotResults_session on BallotSession {
    status
    results { voters voted turnoutPercent quorumMet candidates { unit { id name } votes percent passed } }
  }
`);

/** The count per candidate once the session is closed; before that, only a note. */
export function BallotResults(props: { session: FragmentType<typeof BallotResultsFragment> }) {
  const text = useTexts(BALLOT_TEXTS);
  const { results } = getFragmentData(BallotResultsFragment, props.session);
  if (!results) return <Alert type="info" showIcon title={text.resultsLater} />;
  return (
    <Card size="small" title={text.results}>
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
          { title: text.percent, render: (_, row) => `${row.percent.toLocaleString('vi-VN')}%`, align: 'right' },
          { title: '', render: (_, row) => (row.passed ? <Tag color="green">{text.passed}</Tag> : <Tag>{text.notPassed}</Tag>) },
        ]}
      />
    </Card>
  );
}
