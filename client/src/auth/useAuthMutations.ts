import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

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

const Logout = graphql(`
  mutation Logout {
    logout { ok userErrors { field message code } }
  }
`);

/** Ends the session; the caller clears the cache (useAuth().reset). */
export function useLogout() {
  return useMutation(Logout);
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
