import { useCallback } from 'react';
import { App } from 'antd';
import { useLanguage } from '../i18n/language';
import { describeError } from './errors';
import { userErrorText, type UserErrorLike } from './userErrors';

interface Payload {
  userErrors: readonly UserErrorLike[];
}

/**
 * Runs a mutation that has no form of its own (a button, a confirm) and tells the user how it
 * went: user errors and failures as an error message in the interface language, else `done`.
 * Resolves to the payload on success, null otherwise. `{ toast: false }` keeps success quiet
 * (the change shows on the page itself); refusals and failures are still told.
 */
export function useMutationFeedback({ toast = true }: { toast?: boolean } = {}) {
  const { message } = App.useApp();
  const { t, language } = useLanguage();
  return useCallback(
    async <P extends Payload>(action: () => Promise<P | null | undefined>, done: string = t('saved')): Promise<P | null> => {
      try {
        const payload = await action();
        if (!payload) return null;
        if (payload.userErrors.length) {
          message.error(payload.userErrors.map((e) => userErrorText(e, language)).join(' '));
          return null;
        }
        if (toast) message.success(done);
        return payload;
      } catch (error) {
        message.error(describeError(error, language));
        return null;
      }
    },
    [message, t, language, toast],
  );
}
