import { Button, Descriptions, Modal, Typography } from 'antd';
import { useLanguage, useTexts } from '../i18n/language';
import type { ConflictLike, Input } from './conflicts';
import { useFieldText, whoChanged } from './useFieldText';

const TEXTS = {
  title: { vi: 'Bản ghi đã bị xóa', en: 'The record was deleted' },
  intro: {
    vi: 'đã xóa bản ghi này sau khi bạn mở nó, nên những gì bạn nhập chưa được lưu. Đây là các giá trị của bạn, để bạn không mất gì:',
    en: 'deleted this record after you opened it, so what you entered was not saved. Here are your values, so nothing is lost:',
  },
  copy: { vi: 'Sao chép tất cả', en: 'Copy all' },
  ok: { vi: 'Đã hiểu', en: 'OK' },
};

interface Props {
  entityType: string;
  /** A DELETED conflict, with what the form held; open while there is one. */
  deleted: { conflict: ConflictLike; values: Input } | null;
  onClose(): void;
}

/** Saving a record someone else deleted: who deleted it, and every value the user typed, to copy. */
export function DeletedDialog({ entityType, deleted, onClose }: Props) {
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  const entries = Object.entries(deleted?.values ?? {}).filter(([, value]) => value !== undefined);
  const format = useFieldText(
    entityType,
    entries.map(([field, value]) => ({ field, values: [value] })),
  );
  const lines = entries.map(([field, value]) => `${format.label(field)}: ${format.value(field, value)}`);
  return (
    <Modal
      open={!!deleted}
      title={text.title}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="deleted-ok">
          {text.ok}
        </Button>
      }
      width={640}
      destroyOnHidden
    >
      <div data-testid="deleted-dialog">
        <Typography.Paragraph>
          <Typography.Text strong>{whoChanged(deleted?.conflict.changedBy ?? [], language)}</Typography.Text> {text.intro}
        </Typography.Paragraph>
        <Descriptions
          column={1}
          size="small"
          bordered
          items={entries.map(([field, value]) => ({ key: field, label: format.label(field), children: format.value(field, value) }))}
        />
        <Typography.Paragraph copyable={{ text: lines.join('\n'), tooltips: [text.copy, '✓'] }} style={{ marginTop: 12 }}>
          {text.copy}
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}
