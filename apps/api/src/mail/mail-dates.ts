import { amsterdamWallClock } from '@koers/shared/amsterdam-clock';
import type { Locale } from '@koers/shared/domain';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { instantToAmsterdam } from '../calendar/amsterdam-time';

const PATTERNS: Record<Locale, { locale: typeof nl; dateTime: string; time: string }> = {
  // "dinsdag 9 maart 2027, 09:30"
  nl: { locale: nl, dateTime: 'EEEE d MMMM yyyy, HH:mm', time: 'HH:mm' },
  // "Tuesday 9 March 2027, 09:30"
  en: { locale: enGB, dateTime: 'EEEE d MMMM yyyy, HH:mm', time: 'HH:mm' },
};

/** An instant as people in the Netherlands read it in a mail: Amsterdam wall-clock time, in the mail's language. */
export function mailDateTime(instant: Date, locale: Locale): string {
  const pattern = PATTERNS[locale];
  return format(amsterdamWallClock(instant), pattern.dateTime, { locale: pattern.locale });
}

/** "dinsdag 9 maart 2027, 09:30 – 16:00": the end only as a time when it falls on the same day. */
export function mailTimeRange(startsAt: Date, endsAt: Date, locale: Locale): string {
  const sameDay = instantToAmsterdam(startsAt).date === instantToAmsterdam(endsAt).date;
  const end = sameDay ? format(amsterdamWallClock(endsAt), PATTERNS[locale].time) : mailDateTime(endsAt, locale);
  return `${mailDateTime(startsAt, locale)} – ${end}`;
}
