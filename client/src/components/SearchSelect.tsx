import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Select, Spin, type SelectProps } from 'antd';
import { useLanguage } from '../i18n/language';

export interface Option {
  value: string;
  label: string;
}

interface Props<TData, TVars> extends Omit<SelectProps<string | string[]>, 'options' | 'onSearch' | 'filterOption' | 'loading'> {
  /** A query taking `search` (and optionally more variables) that lists matching records. */
  document: TypedDocumentNode<TData, TVars>;
  variables?: Omit<TVars, 'search'>;
  toOptions: (data: TData) => Option[];
  /** Labels for values that may not be in the current result (e.g. the record being edited). */
  known?: Option[];
}

/**
 * A select that searches on the server (diacritics-free) as the user types, so it works with
 * any number of records. The chosen options stay labelled when the search text changes.
 */
export function SearchSelect<TData, TVars>({ document, variables, toOptions, known = [], ...props }: Props<TData, TVars>) {
  const { language } = useLanguage();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, previousData, loading } = useQuery(document, {
    variables: { ...(variables ?? {}), search: search || undefined } as TVars,
    fetchPolicy: 'cache-first',
  } as never);
  const [remembered, setRemembered] = useState<Option[]>([]);
  const result = (data ?? previousData) as TData | undefined;
  // Typed but not yet asked for (the pause before searching) counts as searching: the options on
  // screen are still those of the earlier text and may move when the answer arrives.
  const searching = loading || typed !== search;
  const options = useMemo(() => {
    const found = result ? toOptions(result) : [];
    const byValue = new Map<string, Option>();
    for (const option of [...known, ...remembered, ...found]) byValue.set(option.value, option);
    const selected = new Set([props.value].flat().filter(Boolean) as string[]);
    return [...byValue.values()].filter((o) => selected.has(o.value) || found.some((f) => f.value === o.value));
  }, [result, known, remembered, toOptions, props.value]);
  return (
    <Select<string | string[]>
      showSearch
      allowClear
      placeholder={language === 'vi' ? 'Gõ để tìm (không cần dấu)…' : 'Type to search…'}
      {...props}
      filterOption={false}
      onSearch={setTyped}
      loading={searching}
      data-searching={searching || undefined}
      notFoundContent={searching ? <Spin size="small" /> : undefined}
      options={options}
      onChange={(value, option) => {
        const chosen = [option].flat().filter(Boolean) as Option[];
        setRemembered((current) => [...current, ...chosen]);
        props.onChange?.(value, option);
      }}
    />
  );
}
