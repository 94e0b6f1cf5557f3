import { useCallback, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { App } from 'antd';
import { useLanguage } from '../i18n/language';
import { describeError, userErrorText } from '../lib/errors';
import { useVersionedSave, type MaskedPayload } from './useVersionedSave';

/**
 * Deletes records of one type against the version the user saw (render `holder`): a record
 * changed since asks again (ChangedBeforeDeleteDialog), one deleted meanwhile says by whom. User
 * errors (IN_USE…) and failures show as a message. `remove` resolves to true once the record is
 * gone (deleted now or before), after taking it out of the cache; the caller then leaves its page.
 */
export function useVersionedDelete(entityType: string): {
  remove<P extends MaskedPayload>(id: string, version: number, send: (expectedVersion: number) => Promise<P>): Promise<boolean>;
  holder: ReactNode;
} {
  const { remove: removeVersioned, holder } = useVersionedSave(entityType);
  const { message } = App.useApp();
  const { t, language } = useLanguage();
  const { cache } = useApolloClient();
  const remove = useCallback(
    async <P extends MaskedPayload>(id: string, version: number, send: (expectedVersion: number) => Promise<P>) => {
      try {
        const outcome = await removeVersioned(version, send);
        if (outcome.status === 'refused') message.error(outcome.payload.userErrors.map((e) => userErrorText(e, language)).join(' '));
        if (outcome.status !== 'deleted' && outcome.status !== 'gone') return false;
        if (outcome.status === 'deleted') message.success(t('deleted'));
        // Lists drop the record (dangling references are skipped); a page showing it is left by the caller.
        setTimeout(() => {
          cache.evict({ id: cache.identify({ __typename: entityType, id }) });
          cache.gc();
        });
        return true;
      } catch (error) {
        message.error(describeError(error, language));
        return false;
      }
    },
    [removeVersioned, message, t, language, cache, entityType],
  );
  return { remove, holder };
}
