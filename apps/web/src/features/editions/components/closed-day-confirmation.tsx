import { CheckboxField } from '../../../components/checkbox-field';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';

/** The dates the API asked to confirm (409 `closed_days_unconfirmed`): a weekend, a public holiday, a closed day or a school holiday. */
function datesToConfirm(error: unknown): string[] {
  const dates = error instanceof ApiError && error.code === 'closed_days_unconfirmed' ? error.body.details?.dates : undefined;
  return Array.isArray(dates) ? dates.filter((date): date is string => typeof date === 'string') : [];
}

/**
 * After a save was refused for a date no session takes place on: one box per such date, which the next save sends
 * as `confirmedClosedDates` (read with `confirmedClosedDates(form)`), as the opening wizard asks for them.
 */
export function ClosedDayConfirmation({ error }: { error: unknown }) {
  const { t, language } = useI18n();
  return datesToConfirm(error).map((date) => (
    <CheckboxField key={date} name="confirmedClosedDates" value={date} label={t('editions.session.confirmClosedDay', { date: formatDate(date, language) })} />
  ));
}

export function confirmedClosedDates(form: FormData): string[] | undefined {
  const dates = form.getAll('confirmedClosedDates').map(String);
  return dates.length > 0 ? dates : undefined;
}
