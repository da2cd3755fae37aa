import { RUNNING_ROLES } from '@koers/shared/schedule';
import type { SessionDetail } from '@koers/shared/sessions';
import { generatePath, Link, useParams } from 'react-router';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { SessionStatusBadge } from '../../../components/session-status-badge';
import { SessionVenue } from '../../../components/session-venue';
import { PageError } from '../../../components/page-error';
import { ApiError } from '../../../lib/api-client';
import { formatLongDate } from '../../../lib/dates';
import { paths } from '../../../lib/paths';
import { useNow } from '../../../lib/now';
import { useI18n } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useSession } from '../api/get-session';
import { MaterialsSection } from '../components/materials-section';
import { RecordEditor } from '../components/record-editor';
import { RecordView } from '../components/record-view';
import { StaffSection } from '../components/staff-section';
import { WorkshopsSection } from '../components/workshops-section';
import { sessionCalendarUrl } from '../material-links';
import '../sessions.css';


/** The session page: agenda, who runs it, where (and the online link in time), materials, own attendance, the record. */
export function SessionPage() {
  const { t } = useI18n();
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  usePageTitle(session.data?.title ?? t('sessions.title'));

  if (session.isPending) return <p role="status">{t('app.loading')}</p>;
  if (session.isError) {
    const status = session.error instanceof ApiError ? session.error.status : 0;
    const title = status === 404 || status === 400 ? t('sessions.notFound') : t('sessions.title');
    return <PageError title={title} error={session.error} onRetry={() => void session.refetch()} />;
  }
  return <SessionContent session={session.data} />;
}

function SessionContent({ session }: { session: SessionDetail }) {
  const { t, language } = useI18n();
  const now = useNow();
  const ended = new Date(session.endsAt) <= now;
  // Expected for any other reason than running it: someone who attends (and so prepares).
  const attends = session.myRoles.some((role) => !(RUNNING_ROLES as readonly string[]).includes(role));

  return (
    <article className="session-page">
      <h1>{session.title}</h1>
      <p className="session-page__meta">
        <span className="badge">{t(`session.kind.${session.kind}`)}</span>
        <span className="badge badge--edition">{session.editionName}</span>
        <SessionStatusBadge status={session.status} movedFrom={session.movedFrom} />
      </p>
      {session.theme && <p className="session-page__theme">{session.theme}</p>}

      <section className="session-facts" aria-label={t('sessions.when')}>
        <p className="session-facts__when">
          <time dateTime={session.startsAt}>{formatLongDate(session.startsAt, language)}</time>
          <br />
          <DateText value={session.startsAt} format="time" />–<DateText value={session.endsAt} format="time" />
        </p>
        <SessionVenue session={session} now={now} />
        {attends && ended && session.status !== 'cancelled' && (
          <p>
            <strong>{t('sessions.myAttendance')}:</strong> {t(`session.attendance.${session.myAttendance ?? 'none'}`)}
          </p>
        )}
        {!ended && session.status !== 'cancelled' && (
          <p>
            <a className="button button--secondary" href={sessionCalendarUrl(session.id)} download>
              {t('session.addToCalendar')}
            </a>
          </p>
        )}
        {/* Also once the day is past, when a mark is corrected or the list closed. */}
        {session.canRecord && session.status !== 'cancelled' && (
          <p>
            <Link className="button button--secondary" to={generatePath(paths.sessionRoster, { sessionId: session.id })}>
              {t('sessions.roster')}
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('sessions.agenda')}</h2>
        {session.agenda ? <MarkdownText source={session.agenda} /> : <p>{t('sessions.noAgenda')}</p>}
      </section>

      {session.assignmentsDue.length > 0 && (
        <section aria-labelledby="prepare-heading">
          <h2 id="prepare-heading">{t('sessions.prepare')}</h2>
          <ul>
            {session.assignmentsDue.map((assignment) => (
              <li key={assignment.id}>
                {assignment.title}: {t('sessions.dueBy')} <DateText value={assignment.dueAt} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <WorkshopsSection sessionId={session.id} />
      <StaffSection sessionId={session.id} staff={session.staff} canRecord={session.canRecord} />
      <MaterialsSection sessionId={session.id} materials={session.materials} canRecord={session.canRecord} />
      {session.canRecord ? (
        <section aria-labelledby="record-heading">
          <h2 id="record-heading">{t('sessions.record.title')}</h2>
          <RecordEditor key={session.id} sessionId={session.id} record={session.record} labelledBy="record-heading" />
        </section>
      ) : (
        <RecordView record={session.record} />
      )}
    </article>
  );
}
