import type { Label } from '@thidua/shared';
import type { Language } from '../i18n/language';
import { formatChangeValue } from '../lib/changes';
import { recordEntries } from '../records/registry';

/**
 * How the event log's fields read in the app: the Vietnamese (and English) name of each field of
 * each record type, as the record's page and forms call it (`historyFields` in
 * records/registry.ts, then the common names below), and the vocabulary of enum fields.
 * The field names are the server's (`core/changes/fields.ts`: entity properties, links as `…Ids`).
 * A field missing here shows under its raw name.
 */
const l = (vi: string, en: string): Label => ({ vi, en });

/** Fields named the same way whatever the record. */
const COMMON: Record<string, Label> = {
  name: l('Tên', 'Name'),
  note: l('Ghi chú', 'Note'),
  description: l('Mô tả', 'Description'),
  year: l('Năm', 'Year'),
  area: l('Địa bàn', 'Area'),
  kind: l('Loại', 'Kind'),
  status: l('Trạng thái', 'Status'),
  title: l('Tiêu đề', 'Title'),
  unitId: l('Đơn vị', 'Unit'),
  blocId: l('Khối, cụm thi đua', 'Bloc'),
  personId: l('Cá nhân', 'Person'),
  covenantId: l('Giao ước thi đua', 'Covenant'),
  decisionId: l('Quyết định', 'Decision'),
  movementIds: l('Phong trào thi đua', 'Movements'),
  signerName: l('Người ký', 'Signer'),
  signerTitle: l('Chức vụ người ký', 'Signer title'),
};

/** Each record type's own names of its fields (records/registry.ts). */
export const FIELD_LABELS: Record<string, Record<string, Label>> = Object.fromEntries(
  recordEntries().flatMap(([type, entry]) => (entry.historyFields ? [[type, entry.historyFields]] : [])),
);

/** Enum fields of each record type, by vocabulary (records/registry.ts). */
export const FIELD_VOCABULARIES = Object.fromEntries(recordEntries().flatMap(([type, entry]) => (entry.vocabularies ? [[type, entry.vocabularies]] : [])));

/** JSON fields of each record type as a sentence (records/registry.ts). */
const FIELD_FORMATS = Object.fromEntries(recordEntries().flatMap(([type, entry]) => (entry.formats ? [[type, entry.formats]] : [])));

/** A field's name in the interface language: the record type's own name, a common one, or the raw field. */
export function fieldLabel(entityType: string, field: string, language: Language): string {
  const label = FIELD_LABELS[entityType]?.[field] ?? COMMON[field];
  return label ? label[language] : field;
}

/**
 * One before/after value as text: a JSON field by its type's own format, enum values by their label, then what `formatChangeValue`
 * does (dates dd/MM/yyyy, yes/no, lists, references by name when known, "—" for nothing).
 */
export function formatFieldValue(
  entityType: string,
  field: string,
  value: unknown,
  language: Language,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const formatted = value == null ? undefined : FIELD_FORMATS[entityType]?.[field]?.(value, language);
  if (formatted !== undefined) return formatted;
  const vocabulary = FIELD_VOCABULARIES[entityType]?.[field];
  const label = (item: unknown) => (typeof item === 'string' && vocabulary?.labels[item] ? vocabulary.labels[item][language] : item);
  return formatChangeValue(Array.isArray(value) ? value.map(label) : label(value), language, names);
}
