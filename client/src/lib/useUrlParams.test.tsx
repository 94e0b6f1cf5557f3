import { Suspense, use } from 'react';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { ApolloClient, ApolloLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { Observable } from 'rxjs';
import { SearchInput, SEARCH_DELAY_MS } from '../components/SearchInput';
import { LanguageProvider } from '../i18n/language';
import { useListParams } from './useListParams';

// A query of a schema of its own (parsed, not tagged: codegen checks tagged documents against the API's schema).
const ItemsQuery: TypedDocumentNode<{ items: { id: string; label: string }[] }, { search?: string; kind?: string }> = parse(`
  query Items($search: String, $kind: String) {
    items(search: $search, kind: $kind) { id label }
  }
`);

/** A server that answers after a short while and remembers every request's variables. */
function recordingClient() {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.variables);
        const { search, kind } = operation.variables as { search?: string; kind?: string };
        const timer = setTimeout(() => {
          observer.next({ data: { items: [{ __typename: 'Item', id: `${search}-${kind}`, label: `${search ?? '*'} ${kind ?? '*'}` }] } });
          observer.complete();
        }, 20);
        return () => clearTimeout(timer);
      }),
  );
  // As the app: cache-and-network, so a variable set seen before is asked again too.
  return { sent, client: new ApolloClient({ link, cache: new InMemoryCache(), defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } } }) };
}

// The router applies a URL change in a transition; a part of the page that is still loading for
// the new URL (e.g. a chunk) keeps that transition pending while the committed page re-renders.
const loading = new Map<string, Promise<void>>();
function SlowPart({ search }: { search: string }) {
  if (!search.includes('slow')) return null;
  if (!loading.has(search)) loading.set(search, new Promise((resolve) => setTimeout(resolve, 300)));
  use(loading.get(search)!);
  return null;
}

function ItemsPage() {
  const list = useListParams();
  const { search } = useLocation();
  const { data } = useQuery(ItemsQuery, { variables: { search: list.search || undefined, kind: list.get('kind') } });
  return (
    <div>
      <SearchInput value={list.search} onSearch={(q) => list.update({ q })} />
      <button onClick={() => list.update({ kind: 'A' })}>kind A</button>
      <button onClick={() => list.update({ kind: 'B' })}>kind B</button>
      <span data-testid="shown">{data?.items.map((item) => item.label).join()}</span>
      <span data-testid="url">{search}</span>
      <button onClick={() => list.update({ kind: 'C', slow: 1 })}>kind C</button>
      <Suspense fallback={null}>
        <SlowPart search={search} />
      </Suspense>
    </div>
  );
}

function renderPage(url: string) {
  const { sent, client } = recordingClient();
  const router = createMemoryRouter([{ path: '/items', element: <ItemsPage /> }], { initialEntries: [url] });
  render(
    <LanguageProvider>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </LanguageProvider>,
  );
  return { sent, router };
}

const shown = () => screen.getByTestId('shown').textContent;
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 200)));

describe('list parameters held for query variables', () => {
  it('sends one request per change, for the new variables only, and follows the back button', async () => {
    const { sent, router } = renderPage('/items?q=hoi');
    await waitFor(() => expect(shown()).toBe('hoi *'));
    fireEvent.click(screen.getByText('kind A'));
    fireEvent.click(screen.getByText('kind B'));
    await waitFor(() => expect(shown()).toBe('hoi B'));
    await settle();
    expect(screen.getByTestId('url').textContent).toBe('?q=hoi&kind=B');
    expect(sent).toEqual([{ search: 'hoi' }, { search: 'hoi', kind: 'A' }, { search: 'hoi', kind: 'B' }]);

    // Back: the URL changed from outside; the list and the search box follow it, one request each.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(shown()).toBe('hoi A'));
    await act(() => router.navigate('/items?q=doanh'));
    await waitFor(() => expect(shown()).toBe('doanh *'));
    await settle();
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('doanh');
    // "hoi A" was never answered (B replaced it at once): asked again on the way back.
    expect(sent.slice(3)).toEqual([{ search: 'hoi', kind: 'A' }, { search: 'doanh' }]);
  });

  it('does not flip between the old and the new variables while the URL change is pending', async () => {
    const { sent } = renderPage('/items?kind=A');
    await waitFor(() => expect(shown()).toBe('* A'));
    fireEvent.click(screen.getByText('kind C'));
    await waitFor(() => expect(shown()).toBe('* C'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(screen.getByTestId('url').textContent).toBe('?kind=C&slow=1');
    expect(sent).toEqual([{ kind: 'A' }, { kind: 'C' }]);
  });

  it('searches once typing pauses, with what was typed last', async () => {
    const { sent } = renderPage('/items');
    await waitFor(() => expect(shown()).toBe('* *'));
    const box = screen.getByRole('searchbox');
    for (const text of ['h', 'ho', 'hoi', 'hoi n', 'hoi nu ']) fireEvent.change(box, { target: { value: text } });
    expect(sent).toHaveLength(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, SEARCH_DELAY_MS + 50)));
    await waitFor(() => expect(shown()).toBe('hoi nu *'));
    await settle();
    expect(screen.getByTestId('url').textContent).toBe('?q=hoi+nu');
    expect(sent).toEqual([{}, { search: 'hoi nu' }]);
    // Enter searches at once; the same search again sends nothing.
    fireEvent.change(box, { target: { value: 'hoi nu doanh' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(shown()).toBe('hoi nu doanh *'));
    await act(() => new Promise((resolve) => setTimeout(resolve, SEARCH_DELAY_MS + 50)));
    expect(sent).toEqual([{}, { search: 'hoi nu' }, { search: 'hoi nu doanh' }]);
  });
});
