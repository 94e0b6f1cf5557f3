import { useEffect, useRef, useState } from 'react';
import { Input } from 'antd';
import { useLanguage } from '../i18n/language';

/** How long typing pauses before a list searches. */
export const SEARCH_DELAY_MS = 300;

interface Props {
  /** The search the list shows (from the URL). */
  value: string;
  /** Called with the trimmed text once typing pauses, on Enter or the search button, and on clear. */
  onSearch(value: string): void;
  placeholder?: string;
  width?: number;
  'data-testid'?: string;
}

/**
 * A list's search box: searches as you type (after a short pause, so one search sends one
 * request), at once on Enter; shows the URL's search again when it changes from outside (back
 * button, a link).
 */
export function SearchInput({ value, onSearch, placeholder, width = 320, 'data-testid': testId = 'list-search' }: Props) {
  const { t } = useLanguage();
  const [typed, setTyped] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The search last asked for: a `value` other than it comes from outside.
  const asked = useRef(value);
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });

  useEffect(() => {
    if (value === asked.current) return;
    clearTimeout(timer.current);
    asked.current = value;
    setTyped(value);
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (text: string) => {
    clearTimeout(timer.current);
    const next = text.trim();
    if (next === asked.current) return;
    asked.current = next;
    latest.current(next);
  };

  return (
    <Input.Search
      allowClear
      placeholder={placeholder ?? t('search')}
      value={typed}
      onChange={(event) => {
        const text = event.target.value;
        setTyped(text);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => search(text), SEARCH_DELAY_MS);
      }}
      onSearch={search}
      style={{ width }}
      data-testid={testId}
    />
  );
}
