import { describe, expect, it } from 'vitest';
import { UnitKind } from '@thidua/shared';
import { exportColumnsOf, tableColumnsOf, vocabularyLabels, type ExportableColumn } from './exportColumns';

interface Row {
  id: string;
  name: string;
  kind: string;
  awardType: { name: string };
}

describe('exported columns', () => {
  const columns: ExportableColumn<Row>[] = [
    { title: 'Tên', dataIndex: 'name', render: (name: string) => name.toUpperCase() },
    { title: 'Loại hình', dataIndex: 'kind', export: { labels: vocabularyLabels(UnitKind, 'vi') } },
    { title: 'Danh hiệu', dataIndex: ['awardType', 'name'] },
    { title: 'Ngày', key: 'date', export: { path: 'decision.issuedOn', format: 'DATE' } },
    { title: 'Thao tác', key: 'actions', render: () => null },
    { title: 'Bỏ', dataIndex: 'id', export: false },
  ];

  it('are the columns on screen with a text title and a path, in order, with labels and formats', () => {
    expect(exportColumnsOf(columns)).toEqual([
      { header: 'Tên', path: 'name', labels: null, format: null },
      { header: 'Loại hình', path: 'kind', labels: expect.objectContaining({ ASSOCIATION: 'Hội, hiệp hội' }), format: null },
      { header: 'Danh hiệu', path: 'awardType.name', labels: null, format: null },
      { header: 'Ngày', path: 'decision.issuedOn', labels: null, format: 'DATE' },
    ]);
    expect(vocabularyLabels(UnitKind, 'en').ASSOCIATION).toBe('Association');
  });

  it('leave antd only what it knows', () => {
    expect(tableColumnsOf(columns).some((c) => 'export' in c)).toBe(false);
    expect(tableColumnsOf(columns)).toHaveLength(6);
  });
});
