import { Link } from 'react-router';
import { Card, Descriptions } from 'antd';
import { EventKind } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { eventTexts } from './texts';

export const EventSummary_event = graphql(`
  fragment EventSummary_event on Event {
    id kind title heldOn venue attendees description
    hostUnit { id name }
  }
`);

/** A conference's particulars: kind, date, venue, host, attendees, what happened. */
export function EventSummary({ event: ref }: { event: FragmentType<typeof EventSummary_event> }) {
  const tx = useTexts(eventTexts);
  const vocab = useVocabularyLabel();
  const event = getFragmentData(EventSummary_event, ref);
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2 }} data-testid="event-summary">
        <Descriptions.Item label={tx.kind}>{vocab(EventKind, event.kind)}</Descriptions.Item>
        <Descriptions.Item label={tx.heldOn}>{formatDate(event.heldOn)}</Descriptions.Item>
        <Descriptions.Item label={tx.venue}>{event.venue}</Descriptions.Item>
        <Descriptions.Item label={tx.host}>
          {event.hostUnit ? <Link to={`/units/${encodeURIComponent(event.hostUnit.id)}`}>{event.hostUnit.name}</Link> : null}
        </Descriptions.Item>
        {event.attendees ? (
          <Descriptions.Item label={tx.attendees} span={2}>
            {event.attendees}
          </Descriptions.Item>
        ) : null}
        {event.description ? (
          <Descriptions.Item label={tx.description} span={2}>
            {event.description}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
