import { formatDate, formatDateTime, formatTime } from '../lib/dates';
import { useI18n } from '../lib/i18n';

const FORMATTERS = { date: formatDate, time: formatTime, dateTime: formatDateTime } as const;

export interface DateTextProps {
  /** An ISO instant from the API, or a calendar date `YYYY-MM-DD`. */
  value: string;
  format?: keyof typeof FORMATTERS;
}

/** A date or time in Amsterdam time and the UI language, as a machine-readable <time>. */
export function DateText({ value, format = 'dateTime' }: DateTextProps) {
  const { language } = useI18n();
  return <time dateTime={value}>{FORMATTERS[format](value, language)}</time>;
}
