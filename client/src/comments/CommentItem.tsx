import { useLayoutEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Popconfirm, Space, Tag, theme, Typography } from 'antd';
import { getFragmentData, type FragmentType } from '../gql';
import { useLanguage, useTexts } from '../i18n/language';
import { formatDateTime } from '../lib/format';
import { useMutationFeedback } from '../lib/useMutationFeedback';
import { CommentBody } from './CommentBody';
import { CommentEditor } from './CommentEditor';
import { CommentFields, DeleteCommentMutation, EditCommentMutation } from './documents';
import { commentTime } from './relativeTime';
import { COMMENT_TEXTS } from './texts';

interface Props {
  comment: FragmentType<typeof CommentFields>;
  /** Just arrived live: shown highlighted for a moment. */
  fresh: boolean;
  /** The time "5 phút trước" counts from. */
  now: number;
  onDeleted: (id: string) => void;
}

/**
 * One comment: who, when ("5 phút trước (20/03/2024 14:05)"), the text with its @mentions; its
 * author may edit it in place, its author or an administrator delete it.
 */
export function CommentItem({ comment: ref, fresh, now, onDeleted }: Props) {
  const comment = getFragmentData(CommentFields, ref);
  const { t, language } = useLanguage();
  const text = useTexts(COMMENT_TEXTS);
  const { token } = theme.useToken();
  const feedback = useMutationFeedback();
  /** The version the edit started from: saving it fails (CONFLICT) if the comment changed meanwhile. */
  const [editingFrom, setEditingFrom] = useState<number | null>(null);
  /** The version shown now (a live edit may have moved it since the save began). */
  const shownVersion = useRef(comment.version);
  useLayoutEffect(() => {
    shownVersion.current = comment.version;
  }, [comment.version]);
  const [edit] = useMutation(EditCommentMutation);
  const [remove, { loading: removing }] = useMutation(DeleteCommentMutation);

  const save = async (body: string) => {
    const { data } = await edit({ variables: { input: { id: comment.id, body, expectedVersion: editingFrom ?? comment.version } } });
    const payload = data!.editComment;
    if (!payload.userErrors.length) setEditingFrom(null);
    // Shown the newer text, a second save is a deliberate overwrite.
    else if (payload.userErrors.some((e) => e.code === 'CONFLICT')) setEditingFrom(shownVersion.current);
    return payload;
  };
  const destroy = async () => {
    const payload = await feedback(async () => (await remove({ variables: { id: comment.id } })).data?.deleteComment, t('deleted'));
    if (payload) onDeleted(comment.id);
  };

  return (
    <div
      data-testid="comment"
      data-fresh={fresh ? 'true' : undefined}
      style={{
        padding: '8px 12px',
        borderRadius: token.borderRadius,
        background: fresh ? token.colorWarningBg : 'transparent',
        transition: 'background-color 1.5s',
      }}
    >
      <Space size={4} wrap>
        <Typography.Text strong data-testid="comment-author">
          {comment.author.displayName}
        </Typography.Text>
        {comment.author.kind === 'TOKEN' ? <Tag>{text.token}</Tag> : null}
        <Typography.Text type="secondary" title={formatDateTime(comment.createdAt)} data-testid="comment-time">
          {commentTime(comment.createdAt, now, language)}
        </Typography.Text>
        {comment.version > 1 ? (
          <Typography.Text type="secondary" title={formatDateTime(comment.updatedAt)}>
            · {text.edited}
          </Typography.Text>
        ) : null}
        {comment.canEdit && editingFrom === null ? (
          <Button type="link" size="small" onClick={() => setEditingFrom(comment.version)} data-testid="comment-edit">
            {t('edit')}
          </Button>
        ) : null}
        {comment.canDelete ? (
          <Popconfirm title={text.confirmDelete} okText={t('delete')} cancelText={t('cancel')} onConfirm={() => void destroy()}>
            <Button type="link" size="small" danger loading={removing} data-testid="comment-delete">
              {t('delete')}
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
      {editingFrom !== null ? (
        <CommentEditor initialBody={comment.body} submitText={t('save')} onSave={save} onCancel={() => setEditingFrom(null)} autoFocus />
      ) : (
        <CommentBody body={comment.body} mentions={comment.mentions} />
      )}
    </div>
  );
}
