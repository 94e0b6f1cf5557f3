import { Modal, Typography, type ButtonProps } from 'antd';
import { useLanguage, useTexts } from '../i18n/language';
import type { ConflictLike } from './conflicts';
import { ConflictTable } from './ConflictTable';
import { whoChanged } from './useFieldText';

const TEXTS = {
  title: { vi: 'Bản ghi vừa được sửa', en: 'The record was just changed' },
  intro: { vi: 'đã sửa bản ghi này sau khi bạn mở nó:', en: 'changed this record after you opened it:' },
  question: { vi: 'Bạn vẫn muốn xóa bản ghi như hiện tại?', en: 'Delete the record as it is now?' },
  now: { vi: 'Hiện tại', en: 'Now' },
  delete: { vi: 'Vẫn xóa', en: 'Delete anyway' },
  keep: { vi: 'Không xóa', en: 'Keep it' },
};

interface Props {
  entityType: string;
  /** An EDITED_BEFORE_DELETE conflict; open while there is one. */
  conflict: ConflictLike | null;
  onConfirm(): void;
  onCancel(): void;
}

/** Deleting a record someone changed since: what they changed, then delete it as it is now, or keep it. */
export function ChangedBeforeDeleteDialog({ entityType, conflict, onConfirm, onCancel }: Props) {
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  return (
    <Modal
      open={!!conflict}
      title={text.title}
      okText={text.delete}
      okButtonProps={{ danger: true, 'data-testid': 'delete-anyway' } as ButtonProps}
      cancelText={text.keep}
      onOk={onConfirm}
      onCancel={onCancel}
      width={720}
      destroyOnHidden
    >
      <div data-testid="changed-before-delete-dialog">
        <Typography.Paragraph>
          <Typography.Text strong>{whoChanged(conflict?.changedBy ?? [], language)}</Typography.Text> {text.intro}
        </Typography.Paragraph>
        <ConflictTable
          entityType={entityType}
          fields={conflict?.fields ?? []}
          columns={(format) => [{ title: text.now, dataIndex: 'theirs', render: (value, row) => format.value(row.field, value) }]}
        />
        <Typography.Paragraph strong style={{ marginTop: 12 }}>
          {text.question}
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}
