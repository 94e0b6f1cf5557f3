import { Select, type SelectProps } from 'antd';
import type { Label } from '@thidua/shared';
import { useLanguage } from '../i18n/language';

interface Vocabulary<K extends string> {
  values: K[];
  labels: Record<K, Label>;
}

/** A select over one of the shared vocabularies, labelled in the interface language. */
export function VocabularySelect<K extends string>({ vocabulary, ...props }: { vocabulary: Vocabulary<K> } & SelectProps<K>) {
  const { label } = useLanguage();
  return <Select<K> {...props} options={vocabulary.values.map((value) => ({ value, label: label(vocabulary.labels[value]) }))} />;
}

export function useVocabularyLabel() {
  const { label } = useLanguage();
  return <K extends string>(vocabulary: Vocabulary<K>, value: K | null | undefined) => (value ? label(vocabulary.labels[value]) : '');
}
