/**
 * A tiny typed dictionary: no i18n library. Dutch (`messages/nl.ts`) is the default
 * and defines the keys; English (`messages/en.ts`) must have exactly the same keys.
 *
 *   const t = useT();
 *   t('home.greeting', { name: me.name })
 */
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@koers/shared/domain';
import { setApiLanguage } from './api-client';
import { en } from './messages/en';
import { nl } from './messages/nl';

export type MessageKey = keyof typeof nl;

/** The `{placeholder}` names in a message string. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type ParamsArg<K extends MessageKey> = [Placeholders<(typeof nl)[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<(typeof nl)[K]>, string | number>];

/** Keys whose message has no placeholders: safe to store in data (e.g. navigation entries). */
export type PlainMessageKey = {
  [K in MessageKey]: [Placeholders<(typeof nl)[K]>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

export const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en };

export const LANGUAGE_STORAGE_KEY = 'koers.language';

/** Looks up a message and fills in its placeholders. Outside React, for tests and formatters. */
export function translate(language: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[language][key] ?? dictionaries[DEFAULT_LOCALE][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function readStoredLanguage(): Locale {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage blocked (private mode, strict cookie settings)
  }
}

function storeLanguage(language: Locale): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The choice then lasts for this page view only.
  }
}

interface I18nValue {
  language: Locale;
  setLanguage: (language: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Locale }) {
  const [language, setLanguageState] = useState<Locale>(() => {
    const initial = initialLanguage ?? readStoredLanguage();
    // Set synchronously: children may start requests before any effect of ours runs.
    setApiLanguage(initial);
    return initial;
  });

  const setLanguage = useCallback((next: Locale) => {
    setApiLanguage(next);
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nValue>(
    () => ({
      language,
      setLanguage,
      t: ((key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params)) as Translate,
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
