import { useState } from 'react';
import { Button, Popconfirm, type ButtonProps } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useLanguage } from '../i18n/language';

interface Props {
  /** The button's text ("Xóa đơn vị"). */
  label: string;
  /** The question the confirmation asks: what will be deleted and what goes with it. */
  confirmText: string;
  /** Runs once the user confirmed; the button spins until it settles. */
  onDelete(): Promise<void>;
  disabled?: boolean;
  testId?: string;
}

/**
 * A danger button that deletes only after the user confirmed, in the interface language. The
 * confirmation closes at once, so a dialog the deletion opens (the record changed since) stands alone.
 */
export function DeleteRecordButton({ label, confirmText, onDelete, disabled, testId }: Props) {
  const { t } = useLanguage();
  const [deleting, setDeleting] = useState(false);
  const confirm = () => {
    setDeleting(true);
    void onDelete().finally(() => setDeleting(false));
  };
  return (
    <Popconfirm
      title={confirmText}
      okText={t('delete')}
      okButtonProps={{ danger: true, 'data-testid': testId ? `${testId}-confirm` : undefined } as ButtonProps}
      cancelText={t('cancel')}
      onConfirm={confirm}
      disabled={disabled || deleting}
      styles={{ root: { maxWidth: 420 } }}
    >
      <Button danger icon={<DeleteOutlined />} loading={deleting} disabled={disabled} data-testid={testId}>
        {label}
      </Button>
    </Popconfirm>
  );
}
