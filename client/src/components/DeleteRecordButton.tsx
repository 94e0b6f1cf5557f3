import { useState } from 'react';
import { Button, Popconfirm } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useLanguage } from '../i18n/language';

interface Props {
  /** The button's text ("Xóa quyết định"). */
  label: string;
  /** What the confirmation says: what is deleted, and what goes with it. */
  confirmText: string;
  /** Deletes the record; the button spins until it settles. */
  onDelete(): Promise<void>;
  disabled?: boolean;
  testId?: string;
}

/** A danger button that deletes a record after the user confirmed what goes with it. */
export function DeleteRecordButton({ label, confirmText, onDelete, disabled, testId }: Props) {
  const { t } = useLanguage();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onDelete();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title={label}
      description={<div style={{ maxWidth: 360 }}>{confirmText}</div>}
      okText={t('delete')}
      okButtonProps={{ danger: true, 'data-testid': testId ? `${testId}-confirm` : undefined } as never}
      cancelText={t('cancel')}
      onConfirm={() => void confirm()}
      disabled={disabled}
    >
      <Button danger icon={<DeleteOutlined />} loading={busy} disabled={disabled} data-testid={testId}>
        {label}
      </Button>
    </Popconfirm>
  );
}
