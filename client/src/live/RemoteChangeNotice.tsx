import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Alert, App } from 'antd';
import { useLanguage, type Language } from '../i18n/language';
import type { RemoteChange } from './recentChanges';
import { HIGHLIGHT_CLASS, useRemoteDeletion, useRemoteHighlight } from './useRemoteHighlight';

/** "Nguyễn Văn A vừa cập nhật bản ghi này", in the interface language. */
export function remoteChangeText(change: Pick<RemoteChange, 'action' | 'actorName'>, language: Language): string {
  const deleted = change.action === 'DELETE';
  return language === 'vi'
    ? `${change.actorName} vừa ${deleted ? 'xóa' : 'cập nhật'} bản ghi này`
    : `${change.actorName} just ${deleted ? 'deleted' : 'updated'} this record`;
}

/** The class that makes a record's title (or card) flash while someone else's change is fresh. */
export function useHighlightClass(id: string | null | undefined): string | undefined {
  return useRemoteHighlight(id) ? HIGHLIGHT_CLASS : undefined;
}

/**
 * On a record's page: a short message when someone else changes or deletes the record, and, once
 * deleted, a notice that stays, with the way back to the list. The page keeps what it showed, so
 * an open form loses nothing (saving it then explains the deletion).
 */
export function RemoteChangeNotice({ id, listPath }: { id: string; listPath: string }) {
  const { language } = useLanguage();
  const { message } = App.useApp();
  const change = useRemoteHighlight(id);
  const deletion = useRemoteDeletion(id);
  const told = useRef<string | null>(null);

  useEffect(() => {
    if (!change || change.action === 'CREATE' || told.current === change.seq) return;
    told.current = change.seq;
    void message.info({ content: remoteChangeText(change, language), key: `live-${id}` });
  }, [change, id, language, message]);

  if (!deletion) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`${remoteChangeText(deletion, language)}.`}
      action={<Link to={listPath}>{language === 'vi' ? 'Về danh sách' : 'Back to the list'}</Link>}
      data-testid="record-deleted-remotely"
    />
  );
}
