import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useTexts } from '../i18n/language';
import type { PresenceEntry } from './entries';
import { PresenceAvatars } from './PresenceAvatars';
import { PRESENCE_TEXTS } from './texts';
import { useRecordPresence } from './useRecordPresence';

const RowsPresence = createContext<ReadonlyMap<string, PresenceEntry[]>>(new Map());

/** Presence of the rows on screen, read once for all of them (one query, one subscription). */
export function RowsPresenceProvider({ ids, children }: { ids: readonly string[]; children: ReactNode }) {
  const presence = useRecordPresence(ids);
  return <RowsPresence.Provider value={presence}>{children}</RowsPresence.Provider>;
}

function PresenceCell({ id }: { id: string }) {
  return <PresenceAvatars entries={useContext(RowsPresence).get(id)} max={3} />;
}

function PresenceTitle() {
  const text = useTexts(PRESENCE_TEXTS);
  return (
    <Tooltip title={text.column}>
      <TeamOutlined aria-label={text.column} />
    </Tooltip>
  );
}

/** A narrow column with the avatars of whoever views or edits each row (inside RowsPresenceProvider). */
export function usePresenceColumn<T extends object>(): ColumnType<T> {
  return useMemo(
    () => ({
      key: 'presence',
      title: <PresenceTitle />,
      width: 96,
      render: (_: unknown, row: T) => <PresenceCell id={(row as { id: string }).id} />,
    }),
    [],
  );
}
