import type { Label } from './enums.js';

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  return { values: Object.keys(labels) as K[], labels };
}

/** Long work the server runs in the background (a queue in PostgreSQL), with progress. */
export const JobKind = vocabulary({
  LIST_EXPORT: { vi: 'Xuất danh sách ra Excel', en: 'List export to Excel' },
});
export type JobKind = (typeof JobKind.values)[number];

export const JobStatus = vocabulary({
  QUEUED: { vi: 'Đang chờ', en: 'Queued' },
  RUNNING: { vi: 'Đang chạy', en: 'Running' },
  SUCCEEDED: { vi: 'Hoàn tất', en: 'Succeeded' },
  FAILED: { vi: 'Thất bại', en: 'Failed' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
});
export type JobStatus = (typeof JobStatus.values)[number];

/** A job that has ended: it never runs again. */
export const isFinishedJob = (status: JobStatus) => status === 'SUCCEEDED' || status === 'FAILED' || status === 'CANCELLED';

export const JOB_LIMITS = {
  /** Rows one list export writes at most. */
  exportRows: 200_000,
  /** Columns of one list export. */
  exportColumns: 60,
  /** Length of an export's list query (the page's own GraphQL document). */
  exportDocumentLength: 20_000,
  /** Rows of each page an export reads (the connections' page size). */
  exportPageSize: 100,
  /** Jobs `myJobs` lists. */
  recentJobs: 20,
} as const;
