import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One Apollo Client for the app, same origin as the API. */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri, headers: { 'apollo-require-preflight': 'true' } }),
    cache: new InMemoryCache({
      possibleTypes: {},
      typePolicies: {
        // Connections are read page by page (the URL holds the cursor): no merging across pages.
        Query: { fields: {} },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
