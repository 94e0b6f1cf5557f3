import { PresenceAvatars } from './PresenceAvatars';
import { usePresence } from './usePresence';
import { useRecordPresence } from './useRecordPresence';

/**
 * For a detail page, next to its title: tells the others this tab views the record, and shows
 * who else views or edits it.
 */
export function PresenceBar({ recordId }: { recordId: string }) {
  usePresence({ viewing: [recordId] });
  const presence = useRecordPresence([recordId]);
  return <PresenceAvatars entries={presence.get(recordId)} size="default" />;
}
