import { graphql } from '../gql';

// Apart from the comment panel's documents: the mention notifier runs in the app shell (first screen), the panel does not.
export const MentionsSubscription = graphql(`
  subscription Mentions {
    mentions { id body recordId recordType author { displayName } }
  }
`);
