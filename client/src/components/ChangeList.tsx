import { Typography } from 'antd';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLanguage } from '../i18n/language';
import { formatChangeValue, referencedIds } from '../lib/changes';
import { useRecordNames } from './useRecordNames';

export const ChangeList_EventFragment = graphql(`
  fragment ChangeList_event on ChangeEvent {
    action
    changes { field before after }
  }
`);

type EventRef = FragmentType<typeof ChangeList_EventFragment>;

/** Names of every record the given events refer to, in one request for the whole list. */
export function useChangeNames(events: readonly EventRef[]): Map<string, string> {
  return useRecordNames(events.flatMap((ref) => referencedIds(getFragmentData(ChangeList_EventFragment, ref).changes)));
}

/** The fields one change event touched: "field: before → after" (only the new value on create). */
export function ChangeList(props: { event: EventRef; names: ReadonlyMap<string, string> }) {
  const event = getFragmentData(ChangeList_EventFragment, props.event);
  const { language } = useLanguage();
  const value = (v: unknown) => formatChangeValue(v, language, props.names);
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {event.changes.map((change) => (
        <li key={change.field}>
          <Typography.Text code>{change.field}</Typography.Text>{' '}
          {event.action === 'CREATE' ? (
            value(change.after)
          ) : event.action === 'DELETE' ? (
            <Typography.Text delete>{value(change.before)}</Typography.Text>
          ) : (
            <>
              <Typography.Text type="secondary">{value(change.before)}</Typography.Text> → {value(change.after)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
