import { describe, expect, it, vi } from 'vitest';
import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { of, throwError } from 'rxjs';
import { isUnauthenticated, sendToLogin, unauthenticatedLink } from './apollo';

const UNITS = gql`
  query Units {
    units { totalCount }
  }
`;

function clientAnswering(answer: () => ReturnType<ApolloLink['request']>, onUnauthenticated: () => void) {
  return new ApolloClient({ link: ApolloLink.from([unauthenticatedLink(onUnauthenticated), new ApolloLink(answer)]), cache: new InMemoryCache() });
}

describe('a session that ended', () => {
  it('is noticed from the UNAUTHENTICATED code of a GraphQL error', async () => {
    const onUnauthenticated = vi.fn();
    const client = clientAnswering(
      () => of({ data: null, errors: [{ message: 'Cần đăng nhập. / Authentication required.', extensions: { code: 'UNAUTHENTICATED' } }] }),
      onUnauthenticated,
    );
    await client.query({ query: UNITS }).catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('is noticed from HTTP 401', async () => {
    const onUnauthenticated = vi.fn();
    const response = new Response('{"errors":[{"message":"x"}]}', { status: 401 });
    const client = clientAnswering(
      () => throwError(() => new ServerError('Response not successful: Received status code 401', { response, bodyText: '' })),
      onUnauthenticated,
    );
    await client.query({ query: UNITS }).catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('is not confused with other errors', async () => {
    const onUnauthenticated = vi.fn();
    const client = clientAnswering(() => of({ data: null, errors: [{ message: 'Không được phép', extensions: { code: 'FORBIDDEN' } }] }), onUnauthenticated);
    await client.query({ query: UNITS }).catch(() => undefined);
    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(isUnauthenticated(new TypeError('Failed to fetch'))).toBe(false);
  });

  it('sends the user to /login, to come back to the page they were on', () => {
    const navigate = vi.fn(async () => {});
    sendToLogin({ state: { location: { pathname: '/units/VW5pdDox', search: '?year=2022' } }, navigate });
    expect(navigate).toHaveBeenCalledWith('/login?next=%2Funits%2FVW5pdDox%3Fyear%3D2022', { replace: true });
    navigate.mockClear();
    sendToLogin({ state: { location: { pathname: '/login', search: '?next=%2Funits' } }, navigate });
    expect(navigate).not.toHaveBeenCalled();
  });
});
