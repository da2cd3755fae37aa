import type { Locale } from '@koers/shared/domain';

/** The English names of the holidays Koers itself knows: the public holidays' and the school holidays'. */
const ENGLISH: Record<string, string> = {
  Nieuwjaarsdag: "New Year's Day",
  'Goede Vrijdag': 'Good Friday',
  'Eerste Paasdag': 'Easter Sunday',
  'Tweede Paasdag': 'Easter Monday',
  Koningsdag: "King's Day",
  Bevrijdingsdag: 'Liberation Day',
  Hemelvaartsdag: 'Ascension Day',
  'Eerste Pinksterdag': 'Whit Sunday',
  'Tweede Pinksterdag': 'Whit Monday',
  'Eerste Kerstdag': 'Christmas Day',
  'Tweede Kerstdag': 'Boxing Day',
  Herfstvakantie: 'Autumn holiday',
  Kerstvakantie: 'Christmas holiday',
  Voorjaarsvakantie: 'Spring holiday',
  Meivakantie: 'May holiday',
  Zomervakantie: 'Summer holiday',
};

/** What marks the rule's estimate of a school holiday, in each language. */
export const ESTIMATE_MARK: Record<Locale, string> = { nl: 'geschat', en: 'estimated' };

/**
 * A holiday's name in the reader's language: the names Koers generates (public holidays, school holidays, the mark
 * of an estimate, two holidays on one day) in English for an English reader; a name the programme office typed for
 * its own closed day stays as typed.
 */
export function holidayNameIn(name: string, locale: Locale): string {
  if (locale === 'nl') return name;
  const mark = ` (${ESTIMATE_MARK.nl})`;
  const parts = name.split(' en ').map((part) => {
    const estimate = part.endsWith(mark);
    const known = ENGLISH[estimate ? part.slice(0, -mark.length) : part];
    return known && (estimate ? `${known} (${ESTIMATE_MARK.en})` : known);
  });
  return parts.every(Boolean) ? parts.join(' and ') : name;
}
