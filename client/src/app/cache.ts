import { InMemoryCache } from '@apollo/client';
import fragmentMatcher from '../gql/possible-types';

/** The app's cache: record types from the schema (fragments on interfaces match), and how records merge. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: fragmentMatcher.possibleTypes,
    typePolicies: {
      // Connections are read page by page (the URL holds the cursor): no merging across pages.
      // Lists inside a record are replaced whole by the newest answer.
      Covenant: {
        fields: {
          criteria: { merge: false },
          ranking: { merge: false },
          signatures: { merge: false },
          unsignedMembers: { merge: false },
          movements: { merge: false },
        },
      },
      Bloc: {
        fields: {
          members: { merge: false },
          memberships: { merge: false },
          leaders: { merge: false },
          yearRoles: { merge: false },
          covenants: { merge: false },
        },
      },
      Unit: { fields: { blocMemberships: { merge: false }, blocRoles: { merge: false }, ledBlocs: { merge: false }, covenantSignatures: { merge: false } } },
      Person: { fields: { affiliations: { merge: false } } },
    },
  });
}
