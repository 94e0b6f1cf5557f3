import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { DocumentDownloads } from '../../components/documents';
import { QueryState } from '../../components/QueryState';
import { useTexts } from '../../i18n/language';
import { MinutesDocument } from './MinutesDocument';
import { MINUTES_TEXTS } from './minutesTexts';

const MinutesQuery = graphql(`
  query BallotMinutesPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on BallotSession {
        id
        status
        ...MinutesDocument_session
      }
    }
  }
`);

/** The printable minutes of a ballot session (`/ballots/:id/minutes`): the document and a print button; print CSS hides the app around it. */
export function Component() {
  const { id = '' } = useParams();
  const text = useTexts(MINUTES_TEXTS);
  const { data, loading, error, refetch } = useQuery(MinutesQuery, { variables: { id } });
  const session = data?.node?.__typename === 'BallotSession' ? data.node : null;
  return (
    <QueryState loading={loading && !session} error={error} empty={!loading && !session} onRetry={() => void refetch()}>
      {session ? (
        <>
          <div className="minutes-toolbar">
            <Link to={`/ballots/${encodeURIComponent(session.id)}`}>
              <Button>{text.back}</Button>
            </Link>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-minutes">
              {text.print}
            </Button>
            {session.status === 'CLOSED' ? <DocumentDownloads kind="BALLOT_MINUTES" recordId={session.id} label={text.document} /> : null}
          </div>
          <MinutesDocument session={session} />
        </>
      ) : null}
    </QueryState>
  );
}
