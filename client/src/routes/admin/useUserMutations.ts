import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user { id username displayName }
      oneTimePassword
      userErrors { field message code }
    }
  }
`);

/** Creates an officer's account; the answer holds its one-time password, shown once. */
export function useCreateUser() {
  return useMutation(CreateUser, { refetchQueries: ['AdminUsers'] });
}

const UpdateUser = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user { id displayName role active unit { id name } bloc { id name } version }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on User { displayName role active unit { id name } bloc { id name } version } } }
    }
  }
`);

/** Role, unit, bloc, display name, or locking (active: false) an account, against the version seen. */
export function useUpdateUser() {
  return useMutation(UpdateUser);
}

const ResetUserPassword = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      user { id username mustChangePassword }
      oneTimePassword
      userErrors { field message code }
    }
  }
`);

/** A new one-time password for an account (its sessions end); shown once. */
export function useResetUserPassword() {
  return useMutation(ResetUserPassword);
}
