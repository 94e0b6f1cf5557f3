import { useEffect, useState, type FocusEvent, type ReactNode } from 'react';
import { EditingMarker } from './PresenceAvatars';
import { usePresence } from './usePresence';
import { useRecordPresence } from './useRecordPresence';

/**
 * Presence in an edit form, in two lines:
 *
 *   const presence = usePresenceField(open ? record.id : null);
 *   <Form {...presence.formProps}> … <Form.Item name="name" label={presence.label('name', t('name'))}>
 *
 * Focusing a field reports it as edited (antd gives each control the id of its field name), and
 * a label shows "Đang sửa: …" while someone else edits that field. Field names are those of the
 * GraphQL input.
 */
export function usePresenceField(recordId: string | null | undefined, formName?: string) {
  const [field, setField] = useState<string | null>(null);
  useEffect(() => setField(null), [recordId]);
  usePresence({ viewing: recordId ? [recordId] : [], editing: recordId && field ? { recordId, field } : null });
  const presence = useRecordPresence(recordId ? [recordId] : []);
  const entries = recordId ? presence.get(recordId) : undefined;

  const formProps = {
    onFocus: (event: FocusEvent<HTMLFormElement>) => {
      const name = fieldOf(event.target, formName);
      if (name) setField(name);
    },
    onBlur: () => setField(null),
  };
  const label = (name: string, text: ReactNode): ReactNode => (
    <>
      {text}
      <EditingMarker entries={entries} field={name} />
    </>
  );
  return { formProps, label };
}

/** The field of a focused antd control: its id is the field name, after "<form name>_" when the form has one. */
function fieldOf(target: EventTarget | null, formName?: string): string | null {
  const id = target instanceof HTMLElement ? target.id : '';
  const name = formName && id.startsWith(`${formName}_`) ? id.slice(formName.length + 1) : id;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : null;
}
