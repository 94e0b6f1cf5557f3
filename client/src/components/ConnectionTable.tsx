import { lazy, Suspense, type ReactNode } from 'react';
import type { DocumentNode } from 'graphql';
import { Alert, Button, Select, Space, Table, Typography, type TableProps } from 'antd';
import { useLanguage } from '../i18n/language';
import { HIGHLIGHT_CLASS, useRemoteHighlights } from '../live/useRemoteHighlight';
import { describeError } from '../lib/errors';
import { formatNumber } from '../lib/format';
import { PAGE_SIZES, type useListParams } from '../lib/useListParams';
import { RowsPresenceProvider, usePresenceColumn } from '../presence';
import { exportColumnsOf, tableColumnsOf, type ExportableColumn } from './export/exportColumns';

const ExportListButton = lazy(() => import('./export/ExportListButton'));

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

interface Props<T> {
  rows: T[] | undefined;
  pageInfo: PageInfo | undefined;
  totalCount: number | undefined;
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** The columns on screen; each may say how it is exported (`export`). */
  columns: ExportableColumn<T>[];
  list: ReturnType<typeof useListParams>;
  rowKey?: keyof T & string;
  /** Show who views or edits each row on screen (rows are records with an `id`). */
  presence?: boolean;
  /** What an empty list says (default: no data), e.g. whose rows this caller sees. */
  empty?: ReactNode;
  /** Rows the user may select (for an action on several). */
  rowSelection?: TableProps<T>['rowSelection'];
  /** "Xuất Excel" of the whole list as shown: the page's query and variables, the list's name, the filters in words. */
  exportAs?: { title: string; query: DocumentNode; variables: Record<string, unknown>; description?: string };
}

/**
 * A server-paged table over a Relay connection; the cursor and page size live in the URL. A row
 * someone else just created or changed flashes briefly.
 */
export function ConnectionTable<T extends object>({
  rows,
  pageInfo,
  totalCount,
  loading,
  error,
  onRetry,
  columns,
  list,
  rowKey,
  presence,
  empty,
  rowSelection,
  exportAs,
}: Props<T>) {
  const { t, language } = useLanguage();
  const presenceColumn = usePresenceColumn<T>();
  const ids = presence ? (rows ?? []).map((row) => (row as { id: string }).id) : [];
  const changedRemotely = useRemoteHighlights();
  const key = (rowKey ?? 'id') as keyof T & string;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={describeError(error, language)}
          action={
            onRetry ? (
              <Button size="small" onClick={onRetry}>
                {t('retry')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      <RowsPresenceProvider ids={ids}>
        <Table<T>
          rowKey={key}
          rowSelection={rowSelection}
          rowClassName={(row) => (changedRemotely(row[key]) ? HIGHLIGHT_CLASS : '')}
          columns={presence ? [...tableColumnsOf(columns), presenceColumn] : tableColumnsOf(columns)}
          dataSource={rows ?? []}
          loading={loading && !rows}
          pagination={false}
          size="middle"
          locale={{ emptyText: empty ?? t('empty') }}
          scroll={{ x: true }}
        />
      </RowsPresenceProvider>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space>
          <Typography.Text type="secondary" data-testid="total-count">
            {t('total')}: {totalCount === undefined ? '…' : formatNumber(totalCount)}
          </Typography.Text>
          {exportAs && totalCount !== 0 ? (
            <Suspense fallback={null}>
              <ExportListButton {...exportAs} columns={exportColumnsOf(columns)} />
            </Suspense>
          ) : null}
        </Space>
        <Space>
          <Select
            size="small"
            value={list.size}
            onChange={list.setSize}
            options={PAGE_SIZES.map((n) => ({ value: n, label: `${n} / ${language === 'vi' ? 'trang' : 'page'}` }))}
          />
          <Button size="small" disabled={!pageInfo?.hasPreviousPage || !pageInfo.startCursor} onClick={() => list.goPrevious(pageInfo!.startCursor!)}>
            {t('previous')}
          </Button>
          <Button size="small" disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor} onClick={() => list.goNext(pageInfo!.endCursor!)}>
            {t('next')}
          </Button>
        </Space>
      </Space>
    </Space>
  );
}
