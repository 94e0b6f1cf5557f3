import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Label } from '@thidua/shared';
import { messages, type MessageKey } from './messages';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'thidua.language';

interface LanguageContextValue {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey): string;
  label(label: Label | undefined): string;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Vietnamese by default; the English switch is remembered in this browser. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: keep it for this session */
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<LanguageContextValue>(
    () => ({
      language,
      setLanguage,
      t: (key) => messages[key][language],
      label: (label) => (label ? label[language] : ''),
    }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside LanguageProvider');
  return value;
}

export type Texts = Record<string, { vi: string; en: string }>;

/** A page's own texts ({ key: { vi, en } }) in the interface language. */
export function useTexts<T extends Texts>(texts: T): { [K in keyof T]: string } {
  const { language } = useLanguage();
  return useMemo(() => Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text[language]])) as { [K in keyof T]: string }, [texts, language]);
}
