import { useState } from 'react';
import { Alert, Button, Form, Space, Typography } from 'antd';
import { LIMITS } from '@thidua/shared';
import { useLanguage, useTexts } from '../i18n/language';
import type { UserErrorLike } from '../lib/userErrors';
import { useSaveForm } from '../lib/useSaveForm';
import { MentionInput } from './MentionInput';
import { COMMENT_TEXTS } from './texts';

interface Props {
  initialBody?: string;
  submitText: string;
  /** Sends the body; its userErrors show by the text box (`body`) or above it. */
  onSave: (body: string) => Promise<{ userErrors: readonly UserErrorLike[] }>;
  onCancel?: () => void;
  /** Empty the box once saved (a new comment), rather than leave it to the caller (an edit). */
  resetOnSave?: boolean;
  autoFocus?: boolean;
}

/**
 * Writing or editing a comment. What was typed stays until it is saved: a refusal or a failed
 * request leaves the text as it was, with the reason in the interface language.
 */
export function CommentEditor({ initialBody = '', submitText, onSave, onCancel, resetOnSave = false, autoFocus }: Props) {
  const { t } = useLanguage();
  const text = useTexts(COMMENT_TEXTS);
  const [form] = Form.useForm<{ body: string }>();
  const { problems, save } = useSaveForm(form);
  const [busy, setBusy] = useState(false);
  const body: string = Form.useWatch('body', form) ?? initialBody;
  const over = [...body.trim()].length - LIMITS.commentBodyMax;
  const submit = async () => {
    if (busy || !body.trim()) return;
    setBusy(true);
    const saved = await save(() => onSave(body));
    setBusy(false);
    if (saved && resetOnSave) form.resetFields();
  };
  return (
    <Form form={form} initialValues={{ body: initialBody }} onFinish={() => void submit()} data-testid="comment-editor">
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 8 }} data-testid="comment-problems" /> : null}
      <Form.Item name="body" style={{ marginBottom: 8 }}>
        <MentionInput onSubmit={() => void submit()} autoFocus={autoFocus} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!body.trim()} data-testid="comment-submit">
          {submitText}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('cancel')}</Button> : null}
        {over > 0 ? <Typography.Text type="danger">{text.tooLong.replace('{max}', String(LIMITS.commentBodyMax))}</Typography.Text> : null}
      </Space>
    </Form>
  );
}
