import { useState, type ReactNode } from 'react';
import { Button, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { CommentsPanel } from '../comments';
import { useLanguage } from '../i18n/language';
import { RemoteChangeNotice, useHighlightClass } from '../live/RemoteChangeNotice';
import { PresenceBar } from '../presence';
import { HistoryTimeline } from './HistoryTimeline';

/** What the edit form gets from the page: whether it is open, and how it closes. */
export interface EditFormProps {
  open: boolean;
  onClose(): void;
}

interface Props {
  /** The record shown: whose remote changes, viewers, comments and history the page follows. */
  id: string;
  /** The list to go back to once someone else deletes the record. */
  listPath: string;
  /** Above everything: where the record sits (a breadcrumb). */
  breadcrumb?: ReactNode;
  /** The heading's text; who else views the record follows it. */
  title: ReactNode;
  /** The heading's test id. */
  titleTestId?: string;
  /** Align the heading and the edit button at the top (for a heading that may wrap). */
  alignTop?: boolean;
  /** Let what stands beside the heading (edit button, `extra`) wrap under it, for a long heading. */
  wrap?: boolean;
  /** Beside the heading, before the edit button (the bloc's year). */
  extra?: ReactNode;
  /** Whether the viewer may edit the record: shows the edit button. */
  mayEdit?: boolean;
  /** The edit button's test id. */
  editTestId?: string;
  /** The record's edit form (a modal), opened by the edit button. */
  editForm?(props: EditFormProps): ReactNode;
  /** Beside the edit button: the record's other actions (delete, revoke…), each hidden when the viewer may not. */
  actions?: ReactNode;
  /** False for a record type that takes no comments (commendations, events). */
  comments?: boolean;
  /** Whether the edit form is open, for a page that keeps this itself (the unit's /edit route); without it RecordPage does. */
  editing?: boolean;
  /** With `editing`: the edit button asks to open the form (true), the form to close (false). */
  onEditingChange?(editing: boolean): void;
  /** The page's own sections, between the heading and the comments. */
  children: ReactNode;
}

/**
 * A record's own page: where it sits, the notice when someone else changes or deletes it, its
 * heading (which flashes on a remote change) with the viewers' avatars and the edit button, the
 * page's own sections, then comments, history and the edit form.
 */
export function RecordPage({
  id,
  listPath,
  breadcrumb,
  title,
  titleTestId,
  alignTop,
  wrap,
  extra,
  mayEdit,
  editTestId,
  editForm,
  actions,
  comments = true,
  editing,
  onEditingChange,
  children,
}: Props) {
  const { t } = useLanguage();
  const highlight = useHighlightClass(id);
  const [editingHere, setEditingHere] = useState(false);
  const open = editing ?? editingHere;
  const setOpen = onEditingChange ?? setEditingHere;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {breadcrumb}
      <RemoteChangeNotice id={id} listPath={listPath} />
      <Space style={{ justifyContent: 'space-between', width: '100%' }} align={alignTop ? 'start' : undefined} wrap={wrap}>
        <Typography.Title level={2} style={{ margin: 0 }} className={highlight} data-testid={titleTestId}>
          {title} <PresenceBar recordId={id} />
        </Typography.Title>
        <Space wrap>
          {extra}
          {mayEdit ? (
            <Button icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid={editTestId}>
              {t('edit')}
            </Button>
          ) : null}
          {actions}
        </Space>
      </Space>
      {children}
      {comments ? <CommentsPanel recordId={id} /> : null}
      <HistoryTimeline id={id} />
      {editForm?.({ open, onClose: () => setOpen(false) })}
    </Space>
  );
}
