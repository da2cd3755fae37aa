import { DEFAULT_LOCALE, type Locale } from '@koers/shared/domain';

export type Localized = Record<Locale, string>;

/** Picks Dutch unless the request prefers English (Accept-Language), since Koers speaks Dutch by default. */
export function localeFromAcceptLanguage(header: string | string[] | undefined): Locale {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const preferred = value
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of preferred) {
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}
