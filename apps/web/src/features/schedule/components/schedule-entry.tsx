import { type ScheduleEntry, sendsRegrets } from '@koers/shared/schedule';
import { sessionPagePath } from '@koers/shared/sessions';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { SessionStatusBadge } from '../../../components/session-status-badge';
import { useT } from '../../../lib/i18n';
import { hasEnded, runsSession } from '../schedule-model';

/** One line of the programme: when, what, and afterwards the person's own attendance. */
export function ScheduleEntryItem({ entry, showEdition, now }: { entry: ScheduleEntry; showEdition: boolean; now: Date }) {
  const t = useT();
  const ended = hasEnded(entry, now);
  const cancelled = entry.status === 'cancelled';
  const staffRole = entry.roles.find((role) => role === 'trainer' || role === 'facilitator' || role === 'speaker');

  return (
    <li className={['schedule-entry', ended ? 'schedule-entry--past' : null, cancelled ? 'schedule-entry--cancelled' : null].filter(Boolean).join(' ')}>
      <p className="schedule-entry__when">
        <DateText value={entry.startsAt} format="date" />
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, </span>
        <DateText value={entry.startsAt} format="time" />–<DateText value={entry.endsAt} format="time" />
      </p>
      <p className="schedule-entry__title">
        <Link to={sessionPagePath(entry.sessionId)}>{entry.title}</Link>
      </p>
      <p className="schedule-entry__meta">
        <span className="badge">{t(`session.kind.${entry.kind}`)}</span>
        {showEdition && <span className="badge badge--edition">{entry.editionName}</span>}
        {entry.networkGroup && <span className="badge">{entry.networkGroup}</span>}
        {entry.workshop && <span className="badge">{t(`schedule.workshop.${entry.workshop.status}`, { workshop: entry.workshop.title })}</span>}
        {staffRole && <span className="badge badge--role">{t(`schedule.runs.${staffRole}`)}</span>}
        {sendsRegrets(entry) && <span className="badge">{t(`schedule.regrets.${entry.myRsvp}`)}</span>}
        <SessionStatusBadge status={entry.status} movedFrom={entry.movedFrom} />
        {ended && !cancelled && !runsSession(entry) && (
          <span className={`attendance attendance--${entry.myAttendance ?? 'none'}`}>
            {t('schedule.attendance')}: {t(`session.attendance.${entry.myAttendance ?? 'none'}`)}
          </span>
        )}
      </p>
    </li>
  );
}
