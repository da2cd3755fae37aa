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

/**
 * Said after a time in English: whoever reads English may well read it abroad, where a bare time reads as their own
 * clock's. Dutch readers take a Dutch time as Dutch time.
 */
const AMSTERDAM_TIME: Record<Locale, string> = { nl: '', en: ' (Amsterdam time)' };

function wallClockDateTime(instant: Date, locale: Locale): string {
  const pattern = PATTERNS[locale];
  return format(amsterdamWallClock(instant), pattern.dateTime, { locale: pattern.locale });
}

/** An instant as people in the Netherlands read it in a mail: Amsterdam wall-clock time, in the mail's language. */
export function mailDateTime(instant: Date, locale: Locale): string {
  return `${wallClockDateTime(instant, locale)}${AMSTERDAM_TIME[locale]}`;
}

/**
 * "dinsdag 9 maart 2027, 09:30 – 16:00": the end only as a time when it falls on the same day. Without a word on the
 * time zone, for a list whose heading says it.
 */
export function wallClockTimeRange(startsAt: Date, endsAt: Date, locale: Locale): string {
  const sameDay = instantToAmsterdam(startsAt).date === instantToAmsterdam(endsAt).date;
  const end = sameDay ? format(amsterdamWallClock(endsAt), PATTERNS[locale].time) : wallClockDateTime(endsAt, locale);
  return `${wallClockDateTime(startsAt, locale)} – ${end}`;
}

/** Above a list of sessions at `wallClockTimeRange`: once, where each line would otherwise say it (English only, as above). */
export const LISTED_TIMES_ARE_AMSTERDAM: Record<Locale, string[]> = { nl: [], en: ['All times are Amsterdam time.'] };

/** "dinsdag 9 maart 2027, 09:30 – 16:00", in English followed by "(Amsterdam time)". */
export function mailTimeRange(startsAt: Date, endsAt: Date, locale: Locale): string {
  return `${wallClockTimeRange(startsAt, endsAt, locale)}${AMSTERDAM_TIME[locale]}`;
}
