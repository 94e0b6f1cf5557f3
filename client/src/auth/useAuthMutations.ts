import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

// Sign-in and password change (their pages); sign-out lives in useSignOut.ts, the only part the signed-in shell needs.

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user { id username displayName mustChangePassword }
      userErrors { field message code }
    }
  }
`);

/** Signs in; the server sets the session cookie. Wrong name or password: BAD_CREDENTIALS on `password`. */
export function useLogin() {
  return useMutation(Login);
}

const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user { id mustChangePassword }
      userErrors { field message code }
    }
  }
`);

/** Changes one's own password; `mustChangePassword` turns false. */
export function useChangePassword() {
  return useMutation(ChangePassword);
}
