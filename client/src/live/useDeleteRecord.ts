import { useCallback } from 'react';
import { App } from 'antd';
import { useLanguage } from '../i18n/language';
import { describeError } from '../lib/errors';
import { userErrorText } from '../lib/userErrors';
import { useVersionedSave, type MaskedPayload } from './useVersionedSave';

/**
 * Deleting one record against the version the user saw, with the conflict dialogs (render
 * `holder`): someone changed it since → they see what and decide; someone deleted it first →
 * they are told. `remove` resolves to true when the record is gone (by them or someone else), so
 * the caller can leave its page; user errors (IN_USE…) and failures show as a message.
 */
export function useDeleteRecord(entityType: string) {
  const versioned = useVersionedSave(entityType);
  const { message } = App.useApp();
  const { t, language } = useLanguage();
  const { remove: removeVersioned } = versioned;
  const remove = useCallback(
    async <P extends MaskedPayload>(version: number, send: (expectedVersion: number) => Promise<P>): Promise<boolean> => {
      try {
        const outcome = await removeVersioned(version, send);
        if (outcome.status === 'refused') message.error(outcome.payload.userErrors.map((e) => userErrorText(e, language)).join(' '));
        if (outcome.status === 'deleted') message.success(t('deleted'));
        return outcome.status === 'deleted' || outcome.status === 'gone';
      } catch (error) {
        message.error(describeError(error, language));
        return false;
      }
    },
    [removeVersioned, message, t, language],
  );
  return { remove, holder: versioned.holder };
}
