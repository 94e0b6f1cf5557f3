import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Card, Empty, List } from 'antd';
import { graphql } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { RecordPage } from '../../components/RecordPage';
import { useLanguage, useTexts } from '../../i18n/language';
import { DeleteEventButton } from './DeleteEventButton';
import { EventFormModal } from './EventFormModal';
import { EventSummary } from './EventSummary';
import { eventTexts } from './texts';

const EventQuery = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      id title version
      covenants { id title year bloc { id name } }
      ...EventSummary_event
      ...EventFormModal_event
    }
  }
`);

/** One conference: its particulars, the covenants signed there, its history; the Board corrects or deletes it. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const tx = useTexts(eventTexts);
  const mayEdit = useCan('write:domain');
  const { data, loading, error, refetch } = useQuery(EventQuery, { variables: { id } });
  const event = data?.event;
  return (
    <QueryState loading={loading && !event} error={error} onRetry={() => void refetch()}>
      {event ? (
        <RecordPage
          id={event.id}
          listPath="/events"
          breadcrumb={<Breadcrumb items={[{ title: <Link to="/events">{t('events')}</Link> }, { title: event.title }]} />}
          title={event.title}
          titleTestId="event-title-heading"
          alignTop
          wrap
          mayEdit={mayEdit}
          editTestId="edit-event"
          editForm={(modal) => <EventFormModal {...modal} event={event} />}
          actions={mayEdit ? <DeleteEventButton event={event} /> : null}
          comments={false}
        >
          <EventSummary event={event} />
          <Card title={`${tx.covenants} (${event.covenants.length})`}>
            {event.covenants.length ? (
              <List
                dataSource={event.covenants}
                renderItem={(c) => (
                  <List.Item>
                    <Link to={`/covenants/${encodeURIComponent(c.id)}`}>{c.title}</Link> – {c.bloc.name} ({c.year})
                  </List.Item>
                )}
              />
            ) : (
              <Empty description={tx.noCovenants} />
            )}
          </Card>
        </RecordPage>
      ) : null}
    </QueryState>
  );
}
