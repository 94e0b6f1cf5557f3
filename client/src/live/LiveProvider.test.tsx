import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { MemoryRouter } from 'react-router';
import type { Client as WsClient } from 'graphql-ws';
import { Observable, of, type Subscriber } from 'rxjs';
import { FeedbackProvider } from '../app/feedback';
import { ThemeProvider } from '../app/ThemeProvider';
import { LanguageProvider } from '../i18n/language';
import { LiveProvider } from './LiveProvider';
import { OwnRequests } from './ownRequests';
import { RemoteChangeNotice } from './RemoteChangeNotice';
import { HIGHLIGHT_CLASS, useRemoteHighlights } from './useRemoteHighlight';
import type { LiveEvent } from './types';

const A = btoa('Unit:1');
const B = btoa('Unit:2');

const Rows = gql`
  query LiveProviderRows {
    units { nodes { id name } }
  }
`;

/** The server: two units, the starting seq, and a `changes` subscription the test feeds. */
function fakeServer() {
  const names: Record<string, string> = { [A]: 'Hội A', [B]: 'Hội B' };
  const requests: string[] = [];
  const subscribers: { since: unknown; subscriber: Subscriber<unknown> }[] = [];
  const link = new ApolloLink((operation) => {
    requests.push(operation.operationName!);
    if (operation.operationName === 'LatestChangeSeq') return of({ data: { latestChangeSeq: '41' } });
    if (operation.operationName === 'LiveChanges')
      return new Observable((subscriber) => void subscribers.push({ since: operation.variables.since, subscriber }));
    return of({ data: { units: { __typename: 'UnitConnection', nodes: [A, B].map((id) => ({ __typename: 'Unit', id, name: names[id] })) } } });
  });
  const ownRequests = new OwnRequests();
  const ws = { on: () => () => undefined } as unknown as WsClient;
  const client = Object.assign(new ApolloClient({ link, cache: new InMemoryCache() }), { ws, ownRequests });
  const send = (event: Partial<LiveEvent> & { seq: string; entityId: string }) =>
    act(() => {
      subscribers.at(-1)!.subscriber.next({
        data: {
          changes: {
            __typename: 'ChangeEvent',
            entityType: 'Unit',
            action: 'UPDATE',
            entityVersion: 2,
            requestId: null,
            actorId: null,
            actorName: 'Trần Thị Bình',
            changes: [],
            ...event,
          },
        },
      });
    });
  return { client, names, requests, subscribers, send, ownRequests };
}

function UnitRows() {
  const { data } = useQuery<{ units: { nodes: { id: string; name: string }[] } }>(Rows);
  const changed = useRemoteHighlights();
  return (
    <ul>
      {data?.units.nodes.map((unit) => (
        <li key={unit.id} data-testid={unit.id} className={changed(unit.id) ? HIGHLIGHT_CLASS : ''}>
          {unit.name}
        </li>
      ))}
    </ul>
  );
}

function renderLive(server: ReturnType<typeof fakeServer>) {
  return render(
    <LanguageProvider>
      <ThemeProvider>
        <FeedbackProvider>
          <ApolloProvider client={server.client}>
            <MemoryRouter>
              <LiveProvider>
                <RemoteChangeNotice id={A} listPath="/units" />
                <UnitRows />
              </LiveProvider>
            </MemoryRouter>
          </ApolloProvider>
        </FeedbackProvider>
      </ThemeProvider>
    </LanguageProvider>,
  );
}

describe('live updates in the app', () => {
  it('subscribe from the seq the server had at start, then refetch and highlight what someone else changed', async () => {
    const server = fakeServer();
    renderLive(server);
    await screen.findByText('Hội A');
    await waitFor(() => expect(server.subscribers).toHaveLength(1));
    expect(server.subscribers[0].since).toBe('41');
    server.requests.length = 0;

    server.names[A] = 'Hội A (tên mới)';
    server.send({ seq: '42', entityId: A, changes: [{ field: 'name', before: 'Hội A', after: 'Hội A (tên mới)' }] });
    await screen.findByText('Hội A (tên mới)');
    expect(server.requests).toEqual(['LiveProviderRows']);
    expect(screen.getByTestId(A).className).toBe(HIGHLIGHT_CLASS);
    expect(screen.getByTestId(B).className).toBe('');
    // The record's page says who changed it.
    await screen.findByText('Trần Thị Bình vừa cập nhật bản ghi này');
  });

  it('leave this tab’s own changes alone: no refetch, no highlight, also when the event comes twice', async () => {
    const server = fakeServer();
    renderLive(server);
    await screen.findByText('Hội A');
    await waitFor(() => expect(server.subscribers).toHaveLength(1));
    server.requests.length = 0;

    const mine = server.ownRequests.next();
    server.send({ seq: '42', entityId: A, requestId: mine });
    server.send({ seq: '42', entityId: A, requestId: mine });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.requests).toEqual([]);
    expect(screen.getByTestId(A).className).toBe('');
  });

  it('tell the page of a record someone else deleted, and keep showing it', async () => {
    const server = fakeServer();
    renderLive(server);
    await screen.findByText('Hội A');
    await waitFor(() => expect(server.subscribers).toHaveLength(1));
    server.send({ seq: '43', entityId: A, action: 'DELETE', actorName: 'Lê Văn Cường' });
    expect((await screen.findByTestId('record-deleted-remotely')).textContent).toContain('Lê Văn Cường vừa xóa bản ghi này.');
  });
});
