import { ApolloLink } from '@apollo/client';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { OperationTypeNode } from 'graphql';

/** For tests: queries and mutations answered by `mocks`, subscriptions fed by hand (`live.simulateResult`). */
export function liveTestLink(mocks: MockLink.MockedResponse[]) {
  const live = new MockSubscriptionLink();
  const link = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, live, new MockLink(mocks));
  return { link, live };
}
