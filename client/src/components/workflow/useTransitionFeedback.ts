import { useCallback } from 'react';
import { App } from 'antd';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { userErrorText, type UserErrorLike } from '../../lib/userErrors';
import { workflowTexts } from './texts';

interface TransitionPayload {
  userErrors: readonly UserErrorLike[];
  conflict?: unknown;
}

/**
 * Sends a transition and tells the user how it went; resolves true when it went through. A
 * conflict (someone changed the status since) needs no merge: the answer carries the record as
 * it is now, so the bar shows the current state and its steps, and the user is told.
 */
export function useTransitionFeedback() {
  const { message } = App.useApp();
  const { language } = useLanguage();
  const text = useTexts(workflowTexts);
  return useCallback(
    async (send: () => Promise<TransitionPayload | null | undefined>): Promise<boolean> => {
      try {
        const payload = await send();
        if (!payload) return false;
        if (payload.conflict) {
          message.warning(text.changedMeanwhile);
          return true;
        }
        if (payload.userErrors.length) {
          message.error(payload.userErrors.map((e) => userErrorText(e, language)).join(' '));
          return false;
        }
        message.success(text.done);
        return true;
      } catch (error) {
        message.error(describeError(error, language));
        return false;
      }
    },
    [message, language, text],
  );
}
