import { ApiError } from '../lib/api-client';
import { formatDate } from '../lib/dates';
import { type MessageKey, useI18n } from '../lib/i18n';
import { CheckboxField } from './checkbox-field';

/** The dates the API asked to confirm (409 `closed_days_unconfirmed`): a weekend, a public holiday, a closed day or a school holiday. */
function datesToConfirm(error: unknown): string[] {
  const dates = error instanceof ApiError && error.code === 'closed_days_unconfirmed' ? error.body.details?.dates : undefined;
  return Array.isArray(dates) ? dates.filter((date): date is string => typeof date === 'string') : [];
}

/**
 * After a save was refused for a date nothing is planned on (a session, a deadline): one box per such date, labelled by
 * `confirmLabel` (a message key with `{date}`), which the next save sends as `confirmedClosedDates` (read with
 * `confirmedClosedDates(form)`), as the opening wizard asks for them.
 */
export function ClosedDayConfirmation({ error, confirmLabel }: { error: unknown; confirmLabel: MessageKey }) {
  const { t, language } = useI18n();
  return datesToConfirm(error).map((date) => (
    <CheckboxField key={date} name="confirmedClosedDates" value={date} label={t(confirmLabel, { date: formatDate(date, language) })} />
  ));
}

export function confirmedClosedDates(form: FormData): string[] | undefined {
  const dates = form.getAll('confirmedClosedDates').map(String);
  return dates.length > 0 ? dates : undefined;
}
