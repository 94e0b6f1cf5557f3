import type { ColumnsType } from 'antd/es/table';
import type { ExportColumnInput } from '../../gql/graphql';

/** How a column goes into the exported file, when its `dataIndex` does not say enough. */
export interface ColumnExport {
  /** Dot path into each row (`awardType.name`, `blocs.name`); default: the column's `dataIndex`. */
  path?: string;
  /** Labels of a vocabulary column's values, in the interface language. */
  labels?: Record<string, string>;
  format?: 'TEXT' | 'NUMBER' | 'DATE' | 'DATETIME' | 'BOOLEAN';
}

/** A table column that may say how it is exported (`export: false` leaves it out: actions, presence). */
export type ExportableColumn<T> = ColumnsType<T>[number] & { export?: ColumnExport | false };

/** The labels of a shared vocabulary in one language, for an exported column. */
export function vocabularyLabels<K extends string>(vocabulary: { values: readonly K[]; labels: Record<K, { vi: string; en: string }> }, language: 'vi' | 'en') {
  return Object.fromEntries(vocabulary.values.map((value) => [value, vocabulary.labels[value][language]]));
}

/** The columns the file has: those on screen with a text title and a path, in the same order and words. */
export function exportColumnsOf<T>(columns: readonly ExportableColumn<T>[]): ExportColumnInput[] {
  return columns.flatMap((column) => {
    if (column.export === false || typeof column.title !== 'string') return [];
    const dataIndex = 'dataIndex' in column ? column.dataIndex : undefined;
    const path = column.export?.path ?? (Array.isArray(dataIndex) ? dataIndex.join('.') : typeof dataIndex === 'string' ? dataIndex : undefined);
    if (!path) return [];
    return [{ header: column.title, path, labels: column.export?.labels ?? null, format: column.export?.format ?? null }];
  });
}

/** The table's own columns, without the export settings antd does not know. */
export function tableColumnsOf<T>(columns: readonly ExportableColumn<T>[]): ColumnsType<T> {
  return columns.map((column) => {
    const { export: _export, ...rest } = column;
    return rest as ColumnsType<T>[number];
  });
}
