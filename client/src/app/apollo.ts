import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One Apollo Client for the app, same origin as the API. */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri, headers: { 'apollo-require-preflight': 'true' } }),
    cache: new InMemoryCache({
      typePolicies: {
        // Connections are read page by page (the URL holds the cursor): no merging across pages.
        // Lists inside a record are replaced whole by the newest answer.
        Covenant: { fields: { criteria: { merge: false }, signatures: { merge: false }, unsignedMembers: { merge: false }, movements: { merge: false } } },
        Bloc: { fields: { members: { merge: false }, memberships: { merge: false }, leaders: { merge: false }, yearRoles: { merge: false }, covenants: { merge: false } } },
        Unit: { fields: { blocMemberships: { merge: false }, blocRoles: { merge: false }, ledBlocs: { merge: false }, covenantSignatures: { merge: false } } },
        Person: { fields: { affiliations: { merge: false } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
