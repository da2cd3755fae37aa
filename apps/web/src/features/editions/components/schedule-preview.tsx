import type { OpenEditionPreview, SessionPlan } from '@koers/shared/editions';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { TextField } from '../../../components/text-field';
import { formatLongDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';

interface SchedulePreviewProps {
  preview: OpenEditionPreview;
  plans: SessionPlan[];
  onChange: (index: number, changes: Partial<SessionPlan>) => void;
  /** By field path, e.g. `sessions.3.endTime`. */
  errors: Record<string, string>;
  /** Dates on a weekend or holiday the admin confirmed, one by one. */
  confirmedDates: readonly string[];
  onConfirmDate: (date: string, confirmed: boolean) => void;
  checking: boolean;
  creating: boolean;
  onCheck: () => void;
  onCreate: () => void;
  onBack: () => void;
}

/**
 * Step 2: every generated session with its warnings, each date, time, venue and link editable before the
 * edition is created, and the assignments with their deadlines.
 */
export function SchedulePreview({ preview, plans, onChange, errors, confirmedDates, onConfirmDate, checking, creating, onCheck, onCreate, onBack }: SchedulePreviewProps) {
  const { t, language } = useI18n();
  const warnings = preview.sessions.reduce((count, session) => count + session.warnings.length, 0);

  return (
    <>
      <p>
        {t('editions.preview.summary', {
          sessions: t('editions.preview.summary.sessions', { count: preview.sessions.length }),
          assignments: t('editions.preview.summary.assignments', { count: preview.assignments.length }),
        })}{' '}
        {warnings > 0 ? t('editions.preview.warnings', { count: warnings }) : t('editions.preview.noWarnings')}
      </p>
      <ol className="plan-list">
        {preview.sessions.map((session, index) => {
          const plan = plans[index];
          const field = (name: keyof SessionPlan) => `sessions.${index}.${name}`;
          return (
            <li key={session.slotId} className="plan-item">
              <div className="plan-item__head">
                <h3 className="plan-item__title">{session.title}</h3>
                <span className="badges">
                  <span className="badge">{t(`session.kind.${session.kind}`)}</span>
                  {session.audience.internalTeams && <span className="badge">{t('editions.audience.internalTeams')}</span>}
                  {session.audience.directors && <span className="badge">{t('editions.audience.directors')}</span>}
                  <span className="badge">{t(`sessionMode.${session.mode}`)}</span>
                </span>
              </div>
              <p className="card__meta">{plan.date && formatLongDate(plan.date, language)}</p>
              {session.warnings.length > 0 && (
                <ul className="warning-list" aria-label={t('editions.preview.warningsFor', { title: session.title })}>
                  {session.warnings.map((warning) => (
                    <li key={`${warning.code}-${warning.message}`}>{warning.message}</li>
                  ))}
                </ul>
              )}
              {session.warnings.flatMap((warning) =>
                warning.code === 'closed_day' ? (
                  <label key={`confirm-${warning.date}`} className="plan-item__confirm">
                    <input
                      type="checkbox"
                      name={field('date') + '.confirmed'}
                      checked={confirmedDates.includes(warning.date)}
                      onChange={(event) => onConfirmDate(warning.date, event.target.checked)}
                    />
                    {t('editions.preview.confirmClosedDay', { date: formatLongDate(warning.date, language), why: warning.holidayName ?? t('editions.preview.weekend') })}
                  </label>
                ) : [],
              )}
              <div className="field-grid">
                <TextField
                  label={t('editions.field.date')}
                  name={field('date')}
                  type="date"
                  value={plan.date}
                  onChange={(event) => onChange(index, { date: event.target.value })}
                  error={errors[field('date')]}
                  aria-label={t('editions.preview.dateOf', { title: session.title })}
                />
                <TextField
                  label={t('editions.field.startTime')}
                  name={field('startTime')}
                  type="time"
                  value={plan.startTime}
                  onChange={(event) => onChange(index, { startTime: event.target.value })}
                  error={errors[field('startTime')]}
                  aria-label={t('editions.preview.startOf', { title: session.title })}
                />
                <TextField
                  label={t('editions.field.endTime')}
                  name={field('endTime')}
                  type="time"
                  value={plan.endTime}
                  onChange={(event) => onChange(index, { endTime: event.target.value })}
                  error={errors[field('endTime')]}
                  aria-label={t('editions.preview.endOf', { title: session.title })}
                />
              </div>
              <div className="field-grid field-grid--wide">
                {session.mode !== 'online' && (
                  <TextField
                    label={t('editions.field.location')}
                    name={field('location')}
                    value={plan.location ?? ''}
                    onChange={(event) => onChange(index, { location: event.target.value })}
                    error={errors[field('location')]}
                    aria-label={t('editions.preview.locationOf', { title: session.title })}
                  />
                )}
                {session.mode !== 'on_site' && (
                  <TextField
                    label={t('editions.field.onlineUrl')}
                    name={field('onlineUrl')}
                    type="url"
                    inputMode="url"
                    value={plan.onlineUrl ?? ''}
                    onChange={(event) => onChange(index, { onlineUrl: event.target.value })}
                    error={errors[field('onlineUrl')]}
                    aria-label={t('editions.preview.onlineUrlOf', { title: session.title })}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>

      <h3>{t('editions.preview.assignments')}</h3>
      {preview.assignments.length === 0 ? (
        <p>{t('editions.preview.noAssignments')}</p>
      ) : (
        <ul>
          {preview.assignments.map((assignment) => (
            <li key={assignment.templateId}>
              {assignment.title}: {t('editions.preview.due')} <DateText value={assignment.dueAt} /> ({assignment.sessionTitle})
            </li>
          ))}
        </ul>
      )}

      <div className="form__actions">
        <Button busy={creating} onClick={onCreate}>
          {creating ? t('editions.preview.creating') : t('editions.preview.create')}
        </Button>
        <Button variant="secondary" busy={checking} onClick={onCheck}>
          {checking ? t('editions.preview.checking') : t('editions.preview.check')}
        </Button>
        <Button variant="quiet" onClick={onBack}>
          {t('editions.preview.back')}
        </Button>
      </div>
    </>
  );
}
