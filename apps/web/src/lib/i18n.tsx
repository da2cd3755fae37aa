/**
 * A tiny typed dictionary: no i18n library.
 *
 *   const t = useT();
 *   t('home.greeting', { name: me.name })
 *   t('notifications.mail.total', { count: 2 })   // "2 e-mails"; { one, other } forms chosen by Intl.PluralRules
 *
 * Each feature owns its texts (`features/<x>/messages/nl.ts` and `en.ts`); texts shared by the app shell,
 * `components/` and several features live in `lib/messages/`. The app shell puts the parts together
 * (`app/messages/`) and registers the Dutch catalogue's type below, so every `t()` call is checked against
 * the keys and placeholders at compile time. Dutch is the default and part of the first download; English is
 * loaded when someone chooses it, and the page keeps speaking Dutch until it has arrived.
 */
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@koers/shared/domain';
import { setApiLanguage } from './api-client';

/** A text that shows a number of things: the form is chosen by `{count}` with `Intl.PluralRules` (nl and en: one/other). */
export interface PluralMessage {
  readonly one: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

/**
 * The app shell registers the type of the assembled Dutch catalogue here (`app/messages/nl.ts`):
 *   declare module '../../lib/i18n' { interface Register { messages: typeof nl } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Register {}

type Messages = Register extends { messages: infer M } ? M : Record<string, Message>;

export type MessageKey = keyof Messages & string;

/** The same keys as a Dutch part, with any text: what an English part (or any other language) must provide. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : PluralMessage };

/** A whole catalogue for one language. */
export type Catalogue = Translation<Messages>;

/** The `{placeholder}` names in a message string. */
type PlaceholdersIn<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersIn<Rest> : never;

type Params<M> = M extends PluralMessage
  ? { count: number } & Record<Exclude<PlaceholdersIn<M['one']> | PlaceholdersIn<M['other']>, 'count'>, string | number>
  : [PlaceholdersIn<M>] extends [never]
    ? never
    : Record<PlaceholdersIn<M>, string | number>;

type ParamsArg<K extends MessageKey> = [Params<Messages[K]>] extends [never] ? [] : [params: Params<Messages[K]>];

/** Keys whose message has no placeholders: safe to store in data (e.g. navigation entries). */
export type PlainMessageKey = {
  [K in MessageKey]: [Params<Messages[K]>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

/** Dutch is always there; other languages come as a function that loads them (a separate download). */
export type CatalogueSources = { readonly [L in Locale]: Catalogue | (() => Promise<Catalogue>) };

export const LANGUAGE_STORAGE_KEY = 'koers.language';

/** Each language by its own name, in any language of the page (a reader looks for their own). */
export const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(language: Locale, message: PluralMessage, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count) === 'one' ? message.one : message.other;
}

/** Looks up a message, picks its plural form and fills in its placeholders. Outside React, for tests and formatters. */
export function formatMessage(
  catalogue: Catalogue,
  language: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const message: Message | undefined = (catalogue as Record<string, Message>)[key];
  if (message === undefined) return key;
  const template = typeof message === 'string' ? message : pluralForm(language, message, Number(params?.count));
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language chosen with the switch on this browser, or null when none was. */
function readStoredLanguage(): Locale | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null; // storage blocked (private mode, strict cookie settings)
  }
}

/**
 * The language a link names (`?lang=en`, as Koers' mails write their links in the reader's language): the page opens
 * in it for this visit, without changing what the switch chose on this browser.
 */
function languageOfLink(): Locale | null {
  try {
    const named = new URLSearchParams(window.location.search).get('lang');
    return isLocale(named) ? named : null;
  } catch {
    return null;
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
  /** The language the page speaks now (a chosen language counts once its texts have loaded). */
  language: Locale;
  setLanguage: (language: Locale) => void;
  /**
   * The language the logged-in person chose for Koers (their mails' language): the page speaks it unless this
   * browser's switch chose one, so an English speaker on a new device is not met in Dutch.
   */
  followPersonLanguage: (language: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

function loadedFrom(sources: CatalogueSources): Partial<Record<Locale, Catalogue>> {
  const loaded: Partial<Record<Locale, Catalogue>> = {};
  for (const locale of LOCALES) {
    const source = sources[locale];
    if (typeof source !== 'function') loaded[locale] = source;
  }
  if (!loaded[DEFAULT_LOCALE]) throw new Error(`The ${DEFAULT_LOCALE} catalogue must be given, not loaded`);
  return loaded;
}

export function I18nProvider({
  children,
  catalogues,
  initialLanguage,
}: {
  children: ReactNode;
  catalogues: CatalogueSources;
  initialLanguage?: Locale;
}) {
  const [chosen, setChosen] = useState<Locale>(() => {
    const initial = initialLanguage ?? languageOfLink() ?? readStoredLanguage() ?? DEFAULT_LOCALE;
    // Set synchronously: children may start requests before any effect of ours runs.
    setApiLanguage(initial);
    return initial;
  });
  const [loaded, setLoaded] = useState(() => loadedFrom(catalogues));
  const language: Locale = loaded[chosen] ? chosen : DEFAULT_LOCALE;
  const catalogue = loaded[language] ?? loaded[DEFAULT_LOCALE]!;

  useEffect(() => {
    const source = catalogues[chosen];
    if (loaded[chosen] || typeof source !== 'function') return;
    let current = true;
    source().then(
      (messages) => {
        if (current) setLoaded((previous) => ({ ...previous, [chosen]: messages }));
      },
      (error: unknown) => {
        // Offline or a new deployment removed the old file: keep speaking Dutch, a later click tries again.
        console.warn(`Could not load the ${chosen} texts`, error);
        if (current) {
          setApiLanguage(DEFAULT_LOCALE);
          setChosen(DEFAULT_LOCALE);
        }
      },
    );
    return () => {
      current = false;
    };
  }, [catalogues, chosen, loaded]);

  const setLanguage = useCallback((next: Locale) => {
    setApiLanguage(next);
    storeLanguage(next);
    setChosen(next);
  }, []);

  const followPersonLanguage = useCallback(
    (personal: Locale) => {
      if (initialLanguage || languageOfLink() || readStoredLanguage()) return;
      setApiLanguage(personal);
      setChosen(personal);
    },
    [initialLanguage],
  );

  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nValue>(
    () => ({
      language,
      setLanguage,
      followPersonLanguage,
      t: ((key: MessageKey, params?: Record<string, string | number>) => formatMessage(catalogue, language, key, params)) as Translate,
    }),
    [catalogue, language, setLanguage, followPersonLanguage],
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
