import { AuditRecordsDocument } from '../gql/graphql';

/** A global ID as the server makes them (base64url of "Type:uuid"). */
export const globalId = (type: string, n: number) => btoa(`${type}:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`).replace(/=+$/, '');

/** The names and pages ExistingRecordLink reads for these records (the audit page's query). */
export const recordsMock = (nodes: object[]) => ({
  request: { query: AuditRecordsDocument, variables: () => true },
  result: { data: { nodes } },
  maxUsageCount: Infinity,
});
