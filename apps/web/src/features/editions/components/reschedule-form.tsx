import { type FormEvent, useRef, useState } from 'react';
import type { EditionSession, ScheduleWarning } from '@koers/shared/editions';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ClosedDayConfirmation, confirmedClosedDates } from '../../../components/closed-day-confirmation';
import { ApiError } from '../../../lib/api-client';
import { CheckboxField } from '../../../components/checkbox-field';
import { TextField } from '../../../components/text-field';
import { amsterdamDay, formatTime } from '../../../lib/dates';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useRescheduleSession } from '../api/reschedule-session';

/**
 * Moves a session (Amsterdam date and times) or changes its venue or link, with a reason for its history. A cancelled
 * session takes place again only when the box says so (one cancelled by someone else meanwhile answers 409).
 */
export function RescheduleForm({
  editionId,
  session,
  onDone,
  onCancel,
}: {
  editionId: string;
  session: EditionSession;
  /** With the people its new time expects at two sessions at once. */
  onDone: (message: string, warnings: ScheduleWarning[]) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const reschedule = useRescheduleSession();
  const firstRef = useRef<HTMLInputElement>(null);
  const errors = fieldErrors(reschedule.error);
  // What the API asked to confirm stays on the form once asked: a past date on a closed day is asked both ways in turn,
  // and a box that went with the first refusal must still be there, ticked, for the save after the second.
  const [asked, setAsked] = useState<{ closedDays?: ApiError; past?: true }>({});
  const remember = (error: unknown) => {
    if (!(error instanceof ApiError)) return;
    if (error.code === 'closed_days_unconfirmed') setAsked((earlier) => ({ ...earlier, closedDays: error }));
    if (error.code === 'session_moved_into_past') setAsked((earlier) => ({ ...earlier, past: true }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reschedule.isPending) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    reschedule.mutate(
      {
        editionId,
        sessionId: session.id,
        request: {
          date: text('date'),
          startTime: text('startTime'),
          endTime: text('endTime'),
          ...(session.mode !== 'online' && { location: text('location') }),
          ...(session.mode !== 'on_site' && { onlineUrl: text('onlineUrl') }),
          reason: text('reason'),
          confirmedClosedDates: confirmedClosedDates(form),
          ...(session.status === 'cancelled' && { reinstate: form.get('reinstate') === 'on' }),
          ...(form.get('confirmPast') === 'on' && { confirmPast: true }),
        },
      },
      { onSuccess: (changed) => onDone(t('editions.session.rescheduled', { title: session.title }), changed.warnings), onError: remember },
    );
  };

  return (
    <form className="form session-card__panel" noValidate onSubmit={onSubmit} aria-label={t('editions.session.rescheduleNamed', { title: session.title })}>
      {reschedule.isError && <Alert tone="error">{errorMessage(reschedule.error, t)}</Alert>}
      <div className="field-grid">
        <TextField ref={firstRef} label={t('editions.field.date')} name="date" type="date" defaultValue={amsterdamDay(session.startsAt)} required error={errors.date} />
        <TextField label={t('editions.field.startTime')} name="startTime" type="time" defaultValue={formatTime(session.startsAt)} required error={errors.startTime} />
        <TextField label={t('editions.field.endTime')} name="endTime" type="time" defaultValue={formatTime(session.endsAt)} required error={errors.endTime} />
      </div>
      {session.mode !== 'online' && <TextField label={t('editions.field.location')} name="location" defaultValue={session.location ?? ''} error={errors.location} />}
      {session.mode !== 'on_site' && (
        <TextField label={t('editions.field.onlineUrl')} name="onlineUrl" type="url" inputMode="url" defaultValue={session.onlineUrl ?? ''} error={errors.onlineUrl} />
      )}
      {session.status === 'cancelled' && <CheckboxField name="reinstate" label={t('editions.session.reinstate')} hint={t('editions.session.reinstateHint')} />}
      <TextField label={t('editions.field.reason')} hint={t('editions.field.reasonHint')} name="reason" error={errors.reason} />
      <ClosedDayConfirmation confirmLabel="editions.session.confirmClosedDay" error={asked.closedDays} />
      {asked.past && <CheckboxField name="confirmPast" label={t('editions.session.confirmPast')} />}
      <div className="form__actions">
        <Button type="submit" busy={reschedule.isPending}>
          {reschedule.isPending ? t('editions.saving') : t('editions.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('editions.cancel')}
        </Button>
      </div>
    </form>
  );
}
