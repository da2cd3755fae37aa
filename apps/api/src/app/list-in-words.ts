import type { Locale } from '@koers/shared/domain';

/** "Anna, Bram en Carla" / "Anna, Bram and Carla": names in a sentence of the reader's language. */
export const listInWords = (items: readonly string[], locale: Locale) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
