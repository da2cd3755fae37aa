import { TZDate } from '@date-fns/tz';
import { TIME_ZONE, type Locale } from '@koers/shared/domain';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';

const PATTERNS: Record<Locale, { locale: typeof nl; dateTime: string; time: string }> = {
  // "dinsdag 9 maart 2027, 09:30"
  nl: { locale: nl, dateTime: 'EEEE d MMMM yyyy, HH:mm', time: 'HH:mm' },
  // "Tuesday 9 March 2027, 09:30"
  en: { locale: enGB, dateTime: 'EEEE d MMMM yyyy, HH:mm', time: 'HH:mm' },
};

/** An instant as people in the Netherlands read it in a mail: Amsterdam wall-clock time, in the mail's language. */
export function mailDateTime(instant: Date, locale: Locale): string {
  const pattern = PATTERNS[locale];
  return format(new TZDate(instant, TIME_ZONE), pattern.dateTime, { locale: pattern.locale });
}

/** "dinsdag 9 maart 2027, 09:30 – 16:00": the end only as a time when it falls on the same day. */
export function mailTimeRange(startsAt: Date, endsAt: Date, locale: Locale): string {
  const pattern = PATTERNS[locale];
  const sameDay = format(new TZDate(startsAt, TIME_ZONE), 'yyyy-MM-dd') === format(new TZDate(endsAt, TIME_ZONE), 'yyyy-MM-dd');
  const end = sameDay ? format(new TZDate(endsAt, TIME_ZONE), pattern.time) : mailDateTime(endsAt, locale);
  return `${mailDateTime(startsAt, locale)} – ${end}`;
}

/** A calendar day (`YYYY-MM-DD`) in words in the mail's language: "dinsdag 9 maart 2027". */
export function mailDay(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number);
  return format(new Date(year, month - 1, date), 'EEEE d MMMM yyyy', { locale: PATTERNS[locale].locale });
}
