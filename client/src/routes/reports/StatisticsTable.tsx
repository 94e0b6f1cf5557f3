import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { StatisticsTable_ReportFragment } from '../../gql/graphql';
import { useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { reportTexts } from './texts';

export const StatisticsTable_report = graphql(`
  fragment StatisticsTable_report on StatisticsReport {
    code
    columnGroups { label columns { code label } }
    rows { code label level cells }
  }
`);

type Row = StatisticsTable_ReportFragment['rows'][number] & { key: number };

/** A form laid out as printed: indicator and code, the column groups over their columns, the column codes, then the figures. */
export function StatisticsTable({ report }: { report: FragmentType<typeof StatisticsTable_report> }) {
  const text = useTexts(reportTexts);
  const data = getFragmentData(StatisticsTable_report, report);
  let index = 0;
  const cell = (i: number) => ({
    key: `c${i}`,
    align: 'right' as const,
    width: 96,
    render: (_: unknown, row: Row) => (row.code ? <span data-testid={`cell-${row.code}-${i}`}>{formatNumber(row.cells[i] ?? 0)}</span> : null),
  });
  const numbered = (label: string, code: string) => (
    <span>
      {label}
      <br />
      <em style={{ fontWeight: 400 }}>({code})</em>
    </span>
  );
  const columns: ColumnsType<Row> = [
    {
      key: 'label',
      title: numbered(text.indicator, 'A'),
      render: (_, row) =>
        row.code ? (
          <span style={{ paddingLeft: row.level * 24, fontWeight: row.code === '01' ? 600 : 400 }}>{row.label}</span>
        ) : (
          <em style={{ fontWeight: 600 }}>{row.label}</em>
        ),
    },
    { key: 'code', title: numbered(text.code, 'B'), width: 72, align: 'center', render: (_, row) => row.code },
    ...data.columnGroups.flatMap((group): ColumnsType<Row> => {
      const own = group.columns.map((c) => ({ ...cell(index++), title: numbered(c.label, c.code) }));
      return group.label ? [{ key: `g${index}`, title: group.label, children: own }] : own;
    }),
  ];
  return (
    <Table<Row>
      data-testid="statistics-table"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={data.rows.map((row, key) => ({ ...row, key }))}
      scroll={{ x: 'max-content' }}
    />
  );
}
