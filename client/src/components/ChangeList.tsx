import { useState } from 'react';
import { Typography } from 'antd';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLanguage } from '../i18n/language';
import { referencedIds } from '../lib/changes';
import { fieldLabel, formatFieldValue } from './historyFields';
import { useRecordNames } from './useRecordNames';

export const ChangeList_EventFragment = graphql(`
  fragment ChangeList_event on ChangeEvent {
    action
    entityType
    reason
    changes { field before after }
  }
`);

type EventRef = FragmentType<typeof ChangeList_EventFragment>;

/** Longer values (a covenant's content…) show their start, and all of it on request. */
const LONG_VALUE = 280;

const REASON = { vi: 'Lý do', en: 'Reason' };

function Value({ text }: { text: string }) {
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  if (text.length <= LONG_VALUE) return <>{text}</>;
  return (
    <>
      {open ? text : `${text.slice(0, LONG_VALUE).trimEnd()}…`}{' '}
      <Typography.Link onClick={() => setOpen(!open)} style={{ fontSize: 12 }}>
        {open ? (language === 'vi' ? 'Thu gọn' : 'Less') : language === 'vi' ? 'Xem đủ' : 'Full text'}
      </Typography.Link>
    </>
  );
}

/** Names of every record the given events refer to, in one request for the whole list. */
export function useChangeNames(events: readonly EventRef[]): Map<string, string> {
  return useRecordNames(events.flatMap((ref) => referencedIds(getFragmentData(ChangeList_EventFragment, ref).changes)));
}

/**
 * The fields one change event touched, by their name in the interface language:
 * "field: before → after" (only the new value on create, the old one struck out on delete).
 */
export function ChangeList(props: { event: EventRef; names: ReadonlyMap<string, string> }) {
  const event = getFragmentData(ChangeList_EventFragment, props.event);
  const { language } = useLanguage();
  const value = (field: string, v: unknown) => <Value text={formatFieldValue(event.entityType, field, v, language, props.names)} />;
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18, overflowWrap: 'anywhere' }}>
      {event.changes.map((change) => (
        <li key={change.field} data-testid="history-change" data-field={change.field}>
          <Typography.Text strong title={change.field}>
            {fieldLabel(event.entityType, change.field, language)}
          </Typography.Text>
          {': '}
          {event.action === 'CREATE' ? (
            <span data-testid="change-after">{value(change.field, change.after)}</span>
          ) : event.action === 'DELETE' ? (
            <Typography.Text delete data-testid="change-before">
              {value(change.field, change.before)}
            </Typography.Text>
          ) : (
            <>
              <Typography.Text type="secondary" data-testid="change-before">
                {value(change.field, change.before)}
              </Typography.Text>
              {' → '}
              <span data-testid="change-after">{value(change.field, change.after)}</span>
            </>
          )}
        </li>
      ))}
      {event.reason ? (
        <li data-testid="history-reason">
          <Typography.Text strong>{REASON[language]}</Typography.Text>
          {': '}
          <Value text={event.reason} />
        </li>
      ) : null}
    </ul>
  );
}
