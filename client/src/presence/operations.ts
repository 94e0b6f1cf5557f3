import { graphql } from '../gql';

export const PresenceHeartbeatMutation = graphql(`
  mutation PresenceHeartbeat($input: PresenceHeartbeatInput!) {
    presenceHeartbeat(input: $input) {
      heartbeat { intervalSeconds }
      userErrors { code }
    }
  }
`);

export const LeavePresenceMutation = graphql(`
  mutation LeavePresence($clientId: String!) {
    leavePresence(clientId: $clientId) { left }
  }
`);

/** Who is on one record: what the query and the subscription both answer. */
export const RecordPresenceFragment = graphql(`
  fragment RecordPresence_record on RecordPresence {
    recordId
    entries { clientId kind displayName username activity field since }
  }
`);

export const PresenceQuery = graphql(`
  query Presence($ids: [ID!]!) {
    presence(recordIds: $ids) { ...RecordPresence_record }
  }
`);

export const PresenceChangedSubscription = graphql(`
  subscription PresenceChanged($ids: [ID!]!) {
    presenceChanged(recordIds: $ids) { ...RecordPresence_record }
  }
`);
