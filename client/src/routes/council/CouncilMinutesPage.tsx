import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { DocumentDownloads } from '../../components/documents';
import { QueryState } from '../../components/QueryState';
import { useTexts } from '../../i18n/language';
import { CouncilMinutesDocument } from './CouncilMinutesDocument';
import { COUNCIL_MINUTES_TEXTS } from './minutesTexts';

const MinutesQuery = graphql(`
  query CouncilMinutesPage($id: ID!) {
    councilSession(id: $id) {
      id
      status
      ...CouncilMinutesDocument_session
    }
  }
`);

/** The printable minutes of a council session (`/council/:id/minutes`): the document and a print button; print CSS hides the app around it. */
export function Component() {
  const { id = '' } = useParams();
  const text = useTexts(COUNCIL_MINUTES_TEXTS);
  const { data, loading, error, refetch } = useQuery(MinutesQuery, { variables: { id } });
  const session = data?.councilSession;
  return (
    <QueryState loading={loading && !session} error={error} empty={!loading && !session} onRetry={() => void refetch()}>
      {session ? (
        <>
          <div className="minutes-toolbar">
            <Link to={`/council/${encodeURIComponent(session.id)}`}>
              <Button>{text.back}</Button>
            </Link>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-minutes">
              {text.print}
            </Button>
            {session.status === 'CLOSED' ? <DocumentDownloads kind="COUNCIL_MINUTES" recordId={session.id} label={text.document} /> : null}
          </div>
          <CouncilMinutesDocument session={session} />
        </>
      ) : null}
    </QueryState>
  );
}
