import type { ScheduleEntry } from '@koers/shared/schedule';
import { sessionPagePath } from '@koers/shared/sessions';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { SessionStatusBadge } from '../../../components/session-status-badge';
import { SessionVenue } from '../../../components/session-venue';
import { OverdueBadge } from '../../../components/submission-status-badge';
import { API_BASE } from '../../../lib/api-client';
import { formatLongDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { usePreparation } from '../api/get-next-session';
import { runsSession } from '../schedule-model';

/** Where to be next, when, and what to prepare: the first thing a participant sees. */
export function NextSession({ entry, showEdition, now }: { entry: ScheduleEntry; showEdition: boolean; now: Date }) {
  const { t, language } = useI18n();
  const detail = usePreparation(entry.sessionId);
  const materials = detail.data?.materials ?? [];
  const assignments = detail.data?.assignmentsDue ?? [];
  const started = new Date(entry.startsAt) <= now;

  return (
    <section className="next-session" aria-labelledby="next-session-heading">
      <h2 id="next-session-heading" className="next-session__eyebrow">
        {started ? t('schedule.next.now') : t('schedule.next.title')}
      </h2>
      <p className="next-session__title">
        <Link to={sessionPagePath(entry.sessionId)}>{entry.title}</Link>
      </p>
      <p className="next-session__meta">
        <span className="badge">{t(`session.kind.${entry.kind}`)}</span>
        {showEdition && <span className="badge badge--edition">{entry.editionName}</span>}
        {entry.networkGroup && <span className="badge">{entry.networkGroup}</span>}
        <SessionStatusBadge status={entry.status} movedFrom={entry.movedFrom} />
      </p>
      <p className="next-session__when">
        <time dateTime={entry.startsAt}>{formatLongDate(entry.startsAt, language)}</time>
        <br />
        <DateText value={entry.startsAt} format="time" />–<DateText value={entry.endsAt} format="time" />
      </p>
      <SessionVenue session={entry} now={now} />
      {entry.workshop && (
        <p className="next-session__workshop">
          {t(`schedule.workshop.${entry.workshop.status}`, { workshop: entry.workshop.title })}
          {entry.workshop.room && ` · ${entry.workshop.room}`}
        </p>
      )}

      <h3 className="next-session__subheading">{runsSession(entry) ? t('schedule.next.prepareParticipants') : t('schedule.next.prepare')}</h3>
      {detail.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : assignments.length === 0 && materials.length === 0 ? (
        <p>{t('schedule.next.nothingToPrepare')}</p>
      ) : (
        <ul className="prepare-list">
          {assignments.map((assignment) => (
            <li key={assignment.id}>
              {t('schedule.next.assignmentDue', { title: assignment.title })} <DateText value={assignment.dueAt} />{' '}
              {/* Late is the participant's own: those who run the session see everyone's work to prepare. */}
              {!runsSession(entry) && <OverdueBadge dueAt={assignment.dueAt} now={now} />}
            </li>
          ))}
          {materials.map((material) => (
            <li key={material.id}>
              <a href={`${API_BASE}/sessions/${encodeURIComponent(entry.sessionId)}/materials/${encodeURIComponent(material.id)}`} download>
                {t('schedule.next.material', { name: material.fileName })}
              </a>
            </li>
          ))}
        </ul>
      )}

      <p className="next-session__actions">
        <Link className="button button--primary" to={sessionPagePath(entry.sessionId)}>
          {t('schedule.next.open')}
        </Link>
        <a className="button button--secondary" href={`${API_BASE}/sessions/${encodeURIComponent(entry.sessionId)}/calendar.ics`} download>
          {t('session.addToCalendar')}
        </a>
      </p>
    </section>
  );
}
