import { RUNNING_ROLES, type ScheduleEntry } from '@koers/shared/schedule';
import { generatePath, Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { DateText } from '../../../components/date-text';
import { amsterdamDay } from '../../../lib/dates';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { editionsWhere, useCurrentPerson } from '../../../lib/session';
import { useMySchedule } from '../api/get-my-schedule';
import '../attendance.css';

/** How many upcoming sessions the page lists after today's. */
const UPCOMING = 10;

function SessionCard({ entry, today }: { entry: ScheduleEntry; today: boolean }) {
  const t = useT();
  const cancelled = entry.status === 'cancelled';
  return (
    <li className="card session-card">
      <div>
        <span className="card__title">{entry.title}</span>
        <span className="attendance-table__meta">
          {entry.editionName} · <DateText value={entry.startsAt} />–<DateText value={entry.endsAt} format="time" />
        </span>
        {cancelled && <span className="badge badge--warning">{t('attendance.home.cancelled')}</span>}
      </div>
      {!cancelled && (
        <div className="form__actions">
          <Link className="button button--primary" to={generatePath(paths.sessionRoster, { sessionId: entry.sessionId })}>
            {t('attendance.home.roster')}
            <span className="visually-hidden"> {entry.title}</span>
          </Link>
          {today && (
            <Link className="button button--secondary" to={generatePath(paths.sessionCheckInDisplay, { sessionId: entry.sessionId })}>
              {t('attendance.home.showCheckIn')}
              <span className="visually-hidden"> {entry.title}</span>
            </Link>
          )}
        </div>
      )}
    </li>
  );
}

/** A trainer's start: today's sessions and the next ones across editions, and the attendance report of each edition. */
export function AttendanceHomePage() {
  const t = useT();
  usePageTitle(t('attendance.home.title'));
  const me = useCurrentPerson();
  const schedule = useMySchedule();
  const recorded = editionsWhere(me, 'attendance.record');
  const editions = [...editionsWhere(me, 'attendance.read')];
  // The sessions they run (not those they attend) in editions where they record attendance.
  const records = (entry: ScheduleEntry) => recorded.has(entry.editionId) && entry.roles.some((role) => (RUNNING_ROLES as readonly string[]).includes(role));

  const todayKey = amsterdamDay(new Date());
  const mine = (schedule.data ?? []).filter(records);
  const today = mine.filter((entry) => amsterdamDay(entry.startsAt) === todayKey);
  const upcoming = mine.filter((entry) => amsterdamDay(entry.startsAt) > todayKey).slice(0, UPCOMING);

  return (
    <>
      <h1>{t('attendance.home.title')}</h1>
      <p>{t('attendance.home.intro')}</p>
      {schedule.isPending && <p role="status">{t('app.loading')}</p>}
      {schedule.isError && <Alert tone="error">{errorMessage(schedule.error, t)}</Alert>}
      {schedule.data && (
        <>
          <section aria-labelledby="attendance-today">
            <h2 id="attendance-today">{t('attendance.home.today')}</h2>
            {today.length === 0 ? (
              <p>{t('attendance.home.noToday')}</p>
            ) : (
              <ul className="card-list session-cards">
                {today.map((entry) => (
                  <SessionCard key={entry.sessionId} entry={entry} today />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="attendance-upcoming">
            <h2 id="attendance-upcoming">{t('attendance.home.upcoming')}</h2>
            {upcoming.length === 0 ? (
              <p>{t('attendance.home.noUpcoming')}</p>
            ) : (
              <ul className="card-list session-cards">
                {upcoming.map((entry) => (
                  <SessionCard key={entry.sessionId} entry={entry} today={false} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <section aria-labelledby="attendance-reports">
        <h2 id="attendance-reports">{t('attendance.home.reports')}</h2>
        {editions.length === 0 ? (
          <p>{t('attendance.home.noReports')}</p>
        ) : (
          <ul className="link-list">
            {editions.map(([editionId, editionName]) => (
              <li key={editionId}>
                <Link to={generatePath(paths.editionAttendance, { editionId })}>{editionName}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
