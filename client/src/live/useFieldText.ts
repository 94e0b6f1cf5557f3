import { useCallback } from 'react';
import { fieldLabel, formatFieldValue } from '../components/historyFields';
import { useRecordNames } from '../components/useRecordNames';
import { useLanguage, type Language } from '../i18n/language';
import { isReference } from '../lib/changes';

/**
 * Field names and values of one record type as the app writes them (the history's labels,
 * dates dd/MM/yyyy, enums by label, references by name, looked up in one request).
 */
export function useFieldText(entityType: string, values: readonly { field: string; values: readonly unknown[] }[]) {
  const { language } = useLanguage();
  const ids = values.flatMap(({ field, values }) => (isReference(field) ? values.flat().filter((id): id is string => typeof id === 'string') : []));
  const names = useRecordNames(ids);
  const label = useCallback((field: string) => fieldLabel(entityType, field, language), [entityType, language]);
  const value = useCallback((field: string, value: unknown) => formatFieldValue(entityType, field, value, language, names), [entityType, language, names]);
  return { label, value };
}

/** Who changed the record, for a sentence: "Nguyễn Văn An, Trần Thị Bình", or someone. */
export function whoChanged(changedBy: readonly string[], language: Language): string {
  if (changedBy.length) return changedBy.join(', ');
  return language === 'vi' ? 'Người khác' : 'Someone else';
}
