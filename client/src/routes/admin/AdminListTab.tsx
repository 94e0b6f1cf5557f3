import type { ReactNode } from 'react';
import { Button, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { getFragmentData, type FragmentType } from '../../gql';
import { ConnectionTable } from '../../components/ConnectionTable';
import type { ExportableColumn } from '../../components/export/exportColumns';
import type { useListParams } from '../../lib/useListParams';
import type { OneTimeSecret } from './OneTimeSecretDialog';

/** What the administration page gives each tab: the page of its list, as its query answered it. */
export interface AdminTabProps<Fragment extends DocumentTypeDecoration<object, unknown>> {
  list: ReturnType<typeof useListParams>;
  connection:
    | {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
        nodes: FragmentType<Fragment>[];
      }
    | undefined;
  loading: boolean;
  error?: unknown;
  onRetry(): void;
  /** Shows a one-time password or a token's secret once. */
  onSecret(secret: OneTimeSecret): void;
  /** "Xuất Excel" of the whole list: the page's query and its variables without paging (see ConnectionTable). */
  exportAs?: { title: string; query: DocumentNode; variables: Record<string, unknown>; description?: string };
}

interface Props<Row extends object> extends Omit<AdminTabProps<DocumentTypeDecoration<Row, unknown>>, 'onSecret'> {
  /** The fragment each row of the list is read with. */
  fragment: DocumentTypeDecoration<Row, unknown>;
  /** The columns on screen; each may say how it is exported (`export`). */
  columns: ExportableColumn<Row>[];
  /** Search and filters, left of the create button. */
  filters?: ReactNode;
  create: { label: string; testId: string; onClick(): void };
  /** The tab's dialogs. */
  children?: ReactNode;
}

/** An administration tab: filters and a create button above the server-paged list, then its dialogs. */
export function AdminListTab<Row extends object>({
  list,
  connection,
  loading,
  error,
  onRetry,
  exportAs,
  fragment,
  columns,
  filters,
  create,
  children,
}: Props<Row>) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap={!!filters} style={{ justifyContent: filters ? 'space-between' : 'flex-end', width: '100%' }}>
        {filters}
        <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick} data-testid={create.testId}>
          {create.label}
        </Button>
      </Space>
      <ConnectionTable<Row>
        list={list}
        rows={connection?.nodes.map((node) => getFragmentData(fragment, node))}
        pageInfo={connection?.pageInfo}
        totalCount={connection?.totalCount}
        loading={loading}
        error={error}
        onRetry={onRetry}
        exportAs={exportAs}
        columns={columns}
      />
      {children}
    </Space>
  );
}
