import { Avatar, Tag, Tooltip } from 'antd';
import { ApiOutlined } from '@ant-design/icons';
import { useLanguage, useTexts } from '../i18n/language';
import { colorOf, initials, othersOn, type PresenceEntry } from './entries';
import { fieldLabel, PRESENCE_TEXTS } from './texts';
import { clientId as thisTab } from './usePresence';

interface Props {
  entries: readonly PresenceEntry[] | undefined;
  size?: 'small' | 'default';
  /** How many avatars before "+n". */
  max?: number;
  /** This tab, left out of the avatars (tests give their own). */
  selfClientId?: string;
}

/** "Nguyễn Văn A đang xem", "Nguyễn Văn A đang sửa trường Tên". */
function useDescribeEntry() {
  const { language } = useLanguage();
  const text = useTexts(PRESENCE_TEXTS);
  return (entry: PresenceEntry) => {
    const who = entry.kind === 'TOKEN' ? `${entry.displayName} (${text.partnerApp})` : entry.displayName;
    if (entry.activity === 'EDITING' && entry.field) return `${who} ${text.editingField} ${fieldLabel(entry.field, language)}`;
    return `${who} ${text.viewing}`;
  };
}

/** The others on a record, as a group of small avatars with initials; nothing when nobody else is there. */
export function PresenceAvatars({ entries, size = 'small', max = 4, selfClientId = thisTab }: Props) {
  const describe = useDescribeEntry();
  const others = othersOn(entries, selfClientId);
  if (!others.length) return null;
  return (
    <Avatar.Group size={size} max={{ count: max }} data-testid="presence-avatars">
      {others.map((entry) => {
        const label = describe(entry);
        return (
          <Tooltip key={entry.clientId} title={label}>
            <Avatar
              aria-label={label}
              style={{ backgroundColor: colorOf(entry.username), outline: entry.activity === 'EDITING' ? '2px solid #faad14' : undefined }}
              icon={entry.kind === 'TOKEN' ? <ApiOutlined /> : undefined}
            >
              {entry.kind === 'TOKEN' ? null : initials(entry.displayName)}
            </Avatar>
          </Tooltip>
        );
      })}
    </Avatar.Group>
  );
}

/** "Đang sửa: Nguyễn Văn A" next to a field's label, for the others editing exactly that field. */
export function EditingMarker({
  entries,
  field,
  selfClientId = thisTab,
}: {
  entries: readonly PresenceEntry[] | undefined;
  field: string;
  selfClientId?: string;
}) {
  const text = useTexts(PRESENCE_TEXTS);
  const editors = othersOn(entries, selfClientId).filter((entry) => entry.activity === 'EDITING' && entry.field === field);
  if (!editors.length) return null;
  return (
    <Tag color={colorOf(editors[0]!.username)} style={{ marginInlineStart: 8 }} data-testid={`editing-marker-${field}`}>
      {text.editing}: {editors.map((entry) => entry.displayName).join(', ')}
    </Tag>
  );
}
