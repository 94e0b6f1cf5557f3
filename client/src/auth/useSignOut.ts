import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { App } from 'antd';
import { useLanguage } from '../i18n/language';
import { describeError } from '../lib/errors';
import { useAuth } from './AuthProvider';
import { LOGIN_PATH } from './next';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

const Logout = graphql(`
  mutation Logout {
    logout { ok userErrors { field message code } }
  }
`);

/** Logs out, goes to /login and forgets everything cached for the user who left. */
export function useSignOut() {
  const [logout, { loading }] = useMutation(Logout);
  const { reset } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { language } = useLanguage();
  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch (error) {
      message.error(describeError(error, language));
      return;
    }
    // Leave the page first, so nothing on it asks the server again once the cache is empty.
    await navigate(LOGIN_PATH, { replace: true });
    await reset();
  }, [logout, navigate, reset, message, language]);
  return { signOut, loading };
}
