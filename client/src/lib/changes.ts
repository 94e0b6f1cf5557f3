import type { Language } from '../i18n/language';
import { formatDate, formatDateTime } from './format';

/** How the event log's before/after values read in the app. */
export interface FieldChangeLike {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** How the log writes a secret (a password or token hash): it changed, its value is not shown. */
const REDACTED = '***';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Fields holding global IDs of other records (`parentId`, `movementIds`…): shown by name. */
export function isReference(field: string): boolean {
  return /Ids?$/.test(field);
}

/** The global IDs a change refers to, to look their names up in one request. */
export function referencedIds(changes: readonly FieldChangeLike[]): string[] {
  const ids = new Set<string>();
  for (const change of changes) {
    if (!isReference(change.field)) continue;
    for (const value of [change.before, change.after]) {
      for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') ids.add(id);
    }
  }
  return [...ids];
}

/** One value as text: dates as dd/MM/yyyy, yes/no, lists joined, references by name when known. */
export function formatChangeValue(value: unknown, language: Language, names: ReadonlyMap<string, string> = new Map()): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map((item) => formatChangeValue(item, language, names)).join(', ') : '—';
  if (typeof value === 'boolean') return value ? (language === 'vi' ? 'Có' : 'Yes') : language === 'vi' ? 'Không' : 'No';
  if (typeof value === 'string') {
    if (names.has(value)) return names.get(value)!;
    if (value === REDACTED) return language === 'vi' ? '(đã ẩn)' : '(hidden)';
    if (DATE.test(value)) return formatDate(value);
    if (DATE_TIME.test(value)) return formatDateTime(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The GraphQL type inside a global ID (base64url of "Type:uuid"), e.g. for a record since deleted. */
export function typeOfGlobalId(id: string): string | null {
  try {
    const text = atob(id.replace(/-/g, '+').replace(/_/g, '/'));
    const colon = text.indexOf(':');
    return colon > 0 ? text.slice(0, colon) : null;
  } catch {
    return null;
  }
}
