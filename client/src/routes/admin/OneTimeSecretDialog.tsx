import { useEffect, useState } from 'react';
import { Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useTexts } from '../../i18n/language';

export interface OneTimeSecret {
  /** What the secret is for, e.g. "Mật khẩu một lần của tài khoản nguyen.van.a". */
  title: string;
  /** The one-time password or the API token's secret. */
  secret: string;
  /** A line under the secret: who to give it to and how it is used. */
  hint?: string;
}

const TEXTS = {
  warning: {
    vi: 'Chuỗi này chỉ hiện đúng một lần: máy chủ không lưu lại, đóng hộp thoại là không xem lại được. Hãy sao chép và chuyển cho người nhận qua kênh an toàn.',
    en: 'This is shown only once: the server does not keep it, and it cannot be shown again after closing. Copy it and hand it over safely.',
  },
  copy: { vi: 'Sao chép', en: 'Copy' },
  copied: { vi: 'Đã sao chép', en: 'Copied' },
  copyFailed: { vi: 'Trình duyệt không cho sao chép: hãy chọn chuỗi rồi nhấn Ctrl+C.', en: 'The browser refused to copy: select the text and press Ctrl+C.' },
  close: { vi: 'Tôi đã lưu lại, đóng', en: 'I have saved it, close' },
};

/**
 * Shows a one-time password or an API token's secret once, with a copy button and a warning
 * that it will not be shown again. Closes only by its button (not by a stray click outside).
 */
export function OneTimeSecretDialog({ shown, onClose }: { shown: OneTimeSecret | null; onClose(): void }) {
  const text = useTexts(TEXTS);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  useEffect(() => setCopied('no'), [shown]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shown!.secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Modal
      open={!!shown}
      title={shown?.title}
      mask={{ closable: false }}
      keyboard={false}
      closable={false}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="secret-close">
          {text.close}
        </Button>
      }
      data-testid="secret-dialog"
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={text.warning} data-testid="secret-warning" />
        <Space.Compact style={{ width: '100%' }}>
          <Input readOnly value={shown?.secret} onFocus={(e) => e.currentTarget.select()} style={{ fontFamily: 'monospace' }} data-testid="secret-value" />
          <Button type="primary" icon={copied === 'yes' ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()} data-testid="secret-copy">
            {copied === 'yes' ? text.copied : text.copy}
          </Button>
        </Space.Compact>
        {copied === 'failed' ? <Typography.Text type="danger">{text.copyFailed}</Typography.Text> : null}
        {shown?.hint ? <Typography.Text type="secondary">{shown.hint}</Typography.Text> : null}
      </Space>
    </Modal>
  );
}
