import type { ReactNode } from 'react';
import { Typography } from 'antd';

const itemStyle = { padding: '10px 0', borderBottom: '1px solid #f0f0f0' } as const;

/** A plain list of short entries for the dashboard cards (antd's List is deprecated in v6). */
export function ItemList<T>({
  items,
  keyOf,
  children,
  footer,
  itemTestId,
}: {
  items: readonly T[];
  keyOf: (item: T) => string;
  children: (item: T) => ReactNode;
  footer?: ReactNode;
  itemTestId?: string;
}) {
  return (
    <>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <li key={keyOf(item)} style={itemStyle} data-testid={itemTestId}>
            {children(item)}
          </li>
        ))}
      </ul>
      {footer ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {footer}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
