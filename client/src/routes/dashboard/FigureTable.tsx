import type { ReactNode } from 'react';
import { theme } from 'antd';

export interface FigureColumn<T> {
  key: string;
  title: ReactNode;
  render(row: T): ReactNode;
  numeric?: boolean;
}

interface Props<T> {
  columns: FigureColumn<T>[];
  rows: T[];
  rowKey(row: T): string;
  /** The last row (totals), one cell per column. */
  footer?: ReactNode[];
  'data-testid'?: string;
}

/**
 * A small table of figures drawn like antd's small Table: the dashboard's first screen needs no
 * sorting, paging or filters, so not the Table component's weight (~40 kB) either.
 */
export function FigureTable<T>({ columns, rows, rowKey, footer, 'data-testid': testId }: Props<T>) {
  const { token } = theme.useToken();
  const border = `1px solid ${token.colorBorderSecondary}`;
  const cell = (numeric?: boolean) => ({ padding: '8px', borderBottom: border, textAlign: numeric ? ('right' as const) : ('left' as const) });
  return (
    <div style={{ overflowX: 'auto', marginTop: 16 }} data-testid={testId}>
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: token.fontSize, color: token.colorText }}>
        <thead>
          <tr style={{ background: token.colorFillAlter }}>
            {columns.map((column) => (
              <th key={column.key} scope="col" style={{ ...cell(column.numeric), fontWeight: 600, width: column.numeric ? 64 : undefined }}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} style={cell(column.numeric)}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot>
            <tr>
              {footer.map((content, i) => (
                <td key={columns[i]?.key ?? i} style={{ ...cell(columns[i]?.numeric), fontWeight: 600 }}>
                  {content}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
