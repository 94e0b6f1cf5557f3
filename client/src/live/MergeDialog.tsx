import { useEffect, useState } from 'react';
import { Modal, Radio, Typography, type ButtonProps } from 'antd';
import { graphql } from '../gql';
import { useLanguage, useTexts } from '../i18n/language';
import { defaultChoices, type Choices, type ConflictLike } from './conflicts';
import { ConflictTable } from './ConflictTable';
import { whoChanged } from './useFieldText';

/** What every versioned mutation selects of its `conflict` (the record itself by fragments on `current`). */
export const MergeDialog_conflict = graphql(`
  fragment MergeDialog_conflict on Conflict {
    kind currentVersion changedBy
    fields { field base theirs yours }
  }
`);

const TEXTS = {
  title: { vi: 'Người khác vừa sửa bản ghi này', en: 'Someone else just changed this record' },
  intro: {
    vi: 'đã lưu thay đổi ở cùng trường sau khi bạn mở biểu mẫu. Chưa có gì của bạn được lưu. Chọn giữ giá trị nào cho từng trường; các thay đổi khác của bạn vẫn được lưu.',
    en: 'saved changes to the same fields after you opened the form. Nothing of yours is saved yet. Choose which value to keep for each field; your other changes are saved as well.',
  },
  theirs: { vi: 'Của người khác', en: 'Theirs' },
  yours: { vi: 'Của bạn', en: 'Yours' },
  keep: { vi: 'Giữ', en: 'Keep' },
  keepMine: { vi: 'Giữ của tôi', en: 'Keep mine' },
  keepTheirs: { vi: 'Giữ của họ', en: 'Keep theirs' },
  save: { vi: 'Lưu theo lựa chọn', en: 'Save my choices' },
  back: { vi: 'Quay lại biểu mẫu', en: 'Back to the form' },
};

interface Props {
  entityType: string;
  /** An EDITED conflict; the dialog is open while there is one. */
  conflict: ConflictLike | null;
  onResolve(choices: Choices): void;
  onCancel(): void;
}

/**
 * Someone else changed the same fields: per field the value when the form opened, theirs (with
 * who) and the user's, and a choice to keep mine (the default) or theirs.
 */
export function MergeDialog({ entityType, conflict, onResolve, onCancel }: Props) {
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  const [choices, setChoices] = useState<Choices>({});
  useEffect(() => setChoices(conflict ? defaultChoices(conflict) : {}), [conflict]);
  const who = whoChanged(conflict?.changedBy ?? [], language);

  return (
    <Modal
      open={!!conflict}
      title={text.title}
      okText={text.save}
      cancelText={text.back}
      onOk={() => onResolve(choices)}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'merge-save' } as ButtonProps}
      width={960}
      destroyOnHidden
    >
      <div data-testid="merge-dialog">
        <Typography.Paragraph>
          <Typography.Text strong>{who}</Typography.Text> {text.intro}
        </Typography.Paragraph>
        <ConflictTable
          entityType={entityType}
          fields={conflict?.fields ?? []}
          columns={(format) => [
            {
              title: `${text.theirs} (${who})`,
              dataIndex: 'theirs',
              render: (value, row) => <span data-testid="merge-theirs">{format.value(row.field, value)}</span>,
            },
            { title: text.yours, dataIndex: 'yours', render: (value, row) => <span data-testid="merge-yours">{format.value(row.field, value)}</span> },
            {
              title: text.keep,
              key: 'keep',
              width: 220,
              render: (_, row) => (
                <Radio.Group
                  value={choices[row.field] ?? 'mine'}
                  onChange={(e) => setChoices((all) => ({ ...all, [row.field]: e.target.value }))}
                  optionType="button"
                  size="small"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  <Radio value="mine" data-testid="keep-mine">
                    {text.keepMine}
                  </Radio>
                  <Radio value="theirs" data-testid="keep-theirs">
                    {text.keepTheirs}
                  </Radio>
                </Radio.Group>
              ),
            },
          ]}
        />
      </div>
    </Modal>
  );
}
