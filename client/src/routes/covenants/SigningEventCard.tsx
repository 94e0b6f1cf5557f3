import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Descriptions, Empty, Popconfirm, Space } from 'antd';
import { DisconnectOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { EventPicker } from '../../components/pickers';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { SigningEventModal } from './SigningEventModal';
import { useSetSigningEvent } from './useCovenantMutations';

export const SigningEventCard_covenant = graphql(`
  fragment SigningEventCard_covenant on Covenant {
    id year version
    bloc { id name }
    signingEvent { id title heldOn venue attendees hostUnit { id name } }
  }
`);

const TEXTS = {
  card: { vi: 'Hội nghị ký kết', en: 'Signing conference' },
  none: { vi: 'Chưa gắn hội nghị ký kết.', en: 'No signing conference yet.' },
  pick: { vi: 'Chọn hội nghị đã có…', en: 'Pick an existing conference…' },
  attach: { vi: 'Gắn', en: 'Attach' },
  create: { vi: 'Tạo hội nghị mới', en: 'New conference' },
  detach: { vi: 'Bỏ gắn', en: 'Detach' },
  confirmDetach: { vi: 'Bỏ gắn hội nghị này khỏi giao ước? Hội nghị vẫn được giữ.', en: 'Detach this conference? The conference itself is kept.' },
  date: { vi: 'Ngày', en: 'Date' },
  venue: { vi: 'Địa điểm', en: 'Venue' },
  host: { vi: 'Đơn vị chủ trì', en: 'Host unit' },
  attendees: { vi: 'Thành phần dự', en: 'Attendees' },
  attached: { vi: 'Đã gắn hội nghị ký kết', en: 'Signing conference attached' },
  detached: { vi: 'Đã bỏ gắn hội nghị', en: 'Conference detached' },
};

/** The conference where the covenant is signed: pick an existing one, create one, or detach. */
export function SigningEventCard({ covenant: ref }: { covenant: FragmentType<typeof SigningEventCard_covenant> }) {
  const covenant = getFragmentData(SigningEventCard_covenant, ref);
  const event = covenant.signingEvent;
  const text = useTexts(TEXTS);
  const { t } = useLanguage();
  const feedback = useMutationFeedback();
  const [setEvent, { loading }] = useSetSigningEvent();
  const [picked, setPicked] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  // Attaching a conference: the Board or the bloc's officer; creating one (an event): the Board only.
  const mayAttach = useCan('write:bloc', { blocId: covenant.bloc.id });
  const mayCreate = useCan('write:domain');

  const attach = (eventId: string | null, done: string) =>
    feedback(
      async () =>
        (await setEvent({ variables: { input: { covenantId: covenant.id, eventId, expectedVersion: covenant.version } } })).data?.setCovenantSigningEvent,
      done,
    );

  return (
    <Card title={text.card} style={{ height: '100%' }}>
      {event ? (
        <Descriptions
          column={1}
          size="small"
          title={
            <Link to={`/events/${encodeURIComponent(event.id)}`} style={{ whiteSpace: 'normal' }}>
              {event.title}
            </Link>
          }
          data-testid="signing-event"
        >
          <Descriptions.Item label={text.date}>{formatDate(event.heldOn)}</Descriptions.Item>
          <Descriptions.Item label={text.venue}>{event.venue}</Descriptions.Item>
          <Descriptions.Item label={text.host}>
            {event.hostUnit ? <Link to={`/units/${encodeURIComponent(event.hostUnit.id)}`}>{event.hostUnit.name}</Link> : null}
          </Descriptions.Item>
          {event.attendees ? <Descriptions.Item label={text.attendees}>{event.attendees}</Descriptions.Item> : null}
        </Descriptions>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.none} />
      )}
      {mayAttach ? (
        <Space wrap style={{ marginTop: 16 }}>
          <EventPicker
            value={picked}
            onChange={(v) => setPicked(v as string | undefined)}
            placeholder={text.pick}
            style={{ width: 280 }}
            data-testid="event-picker"
          />
          <Button
            icon={<LinkOutlined />}
            disabled={!picked}
            loading={loading}
            onClick={async () => (await attach(picked!, text.attached)) && setPicked(undefined)}
          >
            {text.attach}
          </Button>
          {mayCreate ? (
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-event">
              {text.create}
            </Button>
          ) : null}
          {event ? (
            <Popconfirm title={text.confirmDetach} okText={text.detach} cancelText={t('cancel')} onConfirm={() => attach(null, text.detached)}>
              <Button icon={<DisconnectOutlined />} danger>
                {text.detach}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ) : null}
      <SigningEventModal
        open={creating}
        onClose={() => setCreating(false)}
        covenantId={covenant.id}
        version={covenant.version}
        year={covenant.year}
        blocName={covenant.bloc.name}
      />
    </Card>
  );
}
