import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const CreateApiToken = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token { id name prefix }
      secret
      userErrors { field message code }
    }
  }
`);

/** Creates a partner app's API token; the answer holds its secret, shown once. */
export function useCreateApiToken() {
  return useMutation(CreateApiToken, { refetchQueries: ['AdminTokens'] });
}

const RevokeApiToken = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      token { id revokedAt version }
      userErrors { field message code }
    }
  }
`);

/** Ends a token for good: its next call is UNAUTHENTICATED. */
export function useRevokeApiToken() {
  return useMutation(RevokeApiToken);
}
