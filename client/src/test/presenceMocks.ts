import type { MockLink } from '@apollo/client/testing';
import { LeavePresenceDocument, PresenceChangedDocument, PresenceDocument, PresenceHeartbeatDocument } from '../gql/graphql';

const any = () => true;
const empty = (recordId: string) => ({ __typename: 'RecordPresence' as const, recordId, entries: [] });

/** Nobody else on any record, and beats that succeed: the default for page tests (a test's own mocks come first). */
export const quietPresenceMocks: MockLink.MockedResponse[] = [
  {
    request: { query: PresenceDocument, variables: any },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: ({ ids }) => ({ data: { presence: (ids as string[]).map(empty) } }),
  },
  {
    request: { query: PresenceChangedDocument, variables: any },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: ({ ids }) => ({ data: { presenceChanged: empty((ids as string[])[0]!) } }),
  },
  {
    request: { query: PresenceHeartbeatDocument, variables: any },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        presenceHeartbeat: { __typename: 'PresenceHeartbeatPayload', heartbeat: { __typename: 'PresenceHeartbeat', intervalSeconds: 10 }, userErrors: [] },
      },
    },
  },
  {
    request: { query: LeavePresenceDocument, variables: any },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: { data: { leavePresence: { __typename: 'LeavePresencePayload', left: true } } },
  },
];
