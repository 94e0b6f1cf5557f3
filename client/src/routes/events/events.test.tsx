import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { DeleteEventDocument, EventPageDocument, EventsPageDocument, UnitOptionsDocument, UpdateEventDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { Component as EventPage } from './EventPage';
import { Component as EventsPage } from './EventsPage';
import { eventsFilter } from './eventsFilter';

const host = { __typename: 'Unit', id: 'VW5pdDox', name: 'Liên đoàn Lao động thành phố' };
const event = {
  __typename: 'Event',
  id: 'RXY6MQ==',
  kind: 'COVENANT_SIGNING',
  title: 'Hội nghị ký kết giao ước thi đua năm 2024',
  heldOn: '2024-03-15',
  venue: 'Hải Phòng',
  attendees: null,
  description: null,
  version: 2,
  hostUnit: host,
  covenants: [
    {
      __typename: 'Covenant',
      id: 'Q292OjE=',
      title: 'Giao ước thi đua năm 2024',
      year: 2024,
      bloc: { __typename: 'Bloc', id: 'QmxvYzox', name: 'Khối Liên hiệp hội' },
    },
  ],
};
const base = [
  { request: { query: EventPageDocument, variables: { id: event.id } }, result: { data: { event } }, maxUsageCount: Infinity },
  {
    request: { query: UnitOptionsDocument, variables: () => true },
    result: { data: { units: { __typename: 'UnitConnection', nodes: [] } } },
    maxUsageCount: Infinity,
  },
];
const page = (
  <Routes>
    <Route path="/events/:id" element={<EventPage />} />
    <Route path="/events" element={<div>Danh sách hội nghị</div>} />
  </Routes>
);

describe('conference list filter', () => {
  it('reads title, kind and dates from the URL and ignores malformed ones', () => {
    const get = (values: Record<string, string>) => (key: string) => values[key];
    expect(eventsFilter(get({ q: ' ký kết ', kind: 'REVIEW', from: '2024-01-01' }))).toEqual({
      title: { contains: 'ký kết' },
      kind: { eq: 'REVIEW' },
      heldOn: { gte: '2024-01-01' },
    });
    expect(eventsFilter(get({ kind: 'PARTY', to: '15/03/2024' }))).toEqual({});
  });
});

describe('conference page', () => {
  it('shows the conference and the covenants signed there; the Board corrects it, sending only the changes with the version', async () => {
    let sent: unknown;
    const mocks = [
      ...base,
      {
        request: { query: UpdateEventDocument, variables: (v: unknown) => ((sent = v), true) },
        result: {
          data: { updateEvent: { __typename: 'EventPayload', userErrors: [], conflict: null, event: { ...event, venue: 'Nhà hát thành phố', version: 3 } } },
        },
      },
    ] as never[];
    renderWithProviders(page, { mocks, route: `/events/${event.id}`, viewer: viewerOf('BOARD_OFFICER') });
    expect(await screen.findByText('Giao ước thi đua năm 2024')).toBeTruthy();
    fireEvent.click(screen.getByTestId('edit-event'));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect((within(dialog).getByTestId('event-venue') as HTMLInputElement).value).toBe('Hải Phòng'));
    fireEvent.change(within(dialog).getByTestId('event-venue'), { target: { value: 'Nhà hát thành phố' } });
    fireEvent.click(screen.getByTestId('event-submit'));
    await waitFor(() => expect(sent).toEqual({ input: { id: event.id, expectedVersion: 2, venue: 'Nhà hát thành phố' } }));
    await waitFor(() => expect(screen.getByTestId('event-summary').textContent).toContain('Nhà hát thành phố'));
  });

  it('deletes after saying covenants keep, with the version shown, then back to the list', async () => {
    let sent: unknown;
    const mocks = [
      ...base,
      {
        request: { query: DeleteEventDocument, variables: (v: unknown) => ((sent = v), true) },
        result: { data: { deleteEvent: { __typename: 'DeleteEventPayload', deletedId: event.id, userErrors: [], conflict: null } } },
      },
    ] as never[];
    renderWithProviders(page, { mocks, route: `/events/${event.id}`, viewer: viewerOf('BOARD_OFFICER') });
    fireEvent.click(await screen.findByTestId('delete-event'));
    expect(await screen.findByText(/giao ước ký tại đây và khen thưởng trao tại đây vẫn giữ nguyên/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('delete-event-confirm'));
    await screen.findByText('Danh sách hội nghị');
    expect(sent).toEqual({ id: event.id, expectedVersion: 2 });
  });

  it('shows neither edit nor delete to a bloc or unit officer', async () => {
    for (const viewer of [viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzox', name: 'Khối' } }), viewerOf('UNIT_OFFICER', { unit: host })]) {
      const { unmount } = renderWithProviders(page, { mocks: base as never[], route: `/events/${event.id}`, viewer });
      await screen.findByText('Giao ước thi đua năm 2024');
      expect(screen.queryByTestId('edit-event')).toBeNull();
      expect(screen.queryByTestId('delete-event')).toBeNull();
      unmount();
    }
  });
});

describe('conference list', () => {
  const list = [
    {
      request: { query: EventsPageDocument, variables: () => true },
      result: {
        data: {
          events: {
            __typename: 'EventConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
            nodes: [event],
          },
        },
      },
      maxUsageCount: Infinity,
    },
  ] as never[];

  it('links each conference to its page; only the Board may add one', async () => {
    renderWithProviders(<EventsPage />, { mocks: list, route: '/events', viewer: viewerOf('BOARD_OFFICER') });
    const link = await screen.findByRole('link', { name: event.title });
    expect(link.getAttribute('href')).toBe(`/events/${encodeURIComponent(event.id)}`);
    expect(screen.getByTestId('create-event')).toBeTruthy();
  });

  it('offers no new conference to an analyst', async () => {
    renderWithProviders(<EventsPage />, { mocks: list, route: '/events', viewer: viewerOf('ANALYST') });
    await screen.findByRole('link', { name: event.title });
    expect(screen.queryByTestId('create-event')).toBeNull();
  });
});
