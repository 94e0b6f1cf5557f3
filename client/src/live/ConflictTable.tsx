import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTexts } from '../i18n/language';
import type { FieldConflictLike } from './conflicts';
import { useFieldText } from './useFieldText';

const TEXTS = {
  field: { vi: 'Trường', en: 'Field' },
  base: { vi: 'Khi bạn mở', en: 'When you opened it' },
};

type Format = ReturnType<typeof useFieldText>;

interface Props {
  entityType: string;
  fields: readonly FieldConflictLike[];
  /** Columns after the field's name and its value when the form opened. */
  columns(format: Format): ColumnsType<FieldConflictLike>;
}

/** The fields of a conflict, one row each: the field by its name, its value when the form opened, then `columns`. */
export function ConflictTable({ entityType, fields, columns }: Props) {
  const text = useTexts(TEXTS);
  const format = useFieldText(
    entityType,
    fields.map(({ field, base, theirs, yours }) => ({ field, values: [base, theirs, yours] })),
  );
  return (
    <Table<FieldConflictLike>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={[...fields]}
      onRow={(row) => ({ 'data-testid': 'conflict-field', 'data-field': row.field }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: text.field, dataIndex: 'field', render: (field: string) => <Typography.Text strong>{format.label(field)}</Typography.Text> },
        { title: text.base, dataIndex: 'base', render: (value, row) => <Typography.Text type="secondary">{format.value(row.field, value)}</Typography.Text> },
        ...columns(format),
      ]}
    />
  );
}
