import { countsSinceEnrolment } from '@koers/shared/attendance';
import { ATTENDANCE_STATUSES } from '@koers/shared/domain';
import { Link, useParams } from 'react-router';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { DownloadLinks } from '../../../components/download-links';
import { PageError } from '../../../components/page-error';
import { usePageTitle } from '../../../lib/page-title';
import { useRenderedInSlices } from '../../../lib/rendered-in-slices';
import { attendanceExportUrl, useAttendanceReport } from '../api/get-attendance-report';
import '../attendance.css';
import { useI18n } from '../../../lib/i18n';
import { editionGroupsPath } from '../../../lib/paths';
import { useHoldsInEdition, useSeesEveryGroup } from '../../../lib/session';

/** People × sessions of an edition with each participant's rate; also the printable view. */
export function AttendanceReportPage() {
  const { t, language } = useI18n();
  const { editionId = '' } = useParams();
  const report = useRenderedInSlices(useAttendanceReport(editionId));
  const seesEveryGroup = useSeesEveryGroup(editionId);
  const readsGroups = useHoldsInEdition('groups.read', editionId);
  usePageTitle(report.data ? t('attendance.report.title', { edition: report.data.editionName }) : t('attendance.home.title'));

  if (report.isPending) return <p role="status">{t('app.loading')}</p>;
  if (report.isError) return <PageError title={t('attendance.home.title')} error={report.error} onRetry={() => void report.refetch()} />;

  const { sessions, people, thresholdPercent, editionName } = report.data;
  const below = people.filter((person) => person.belowThreshold);
  return (
    <div className="attendance-report">
      <h1>{t('attendance.report.title', { edition: editionName })}</h1>
      <p>{t('attendance.report.intro')}</p>
      <p>
        {t('attendance.report.threshold', { threshold: thresholdPercent })}{' '}
        <strong>{below.length > 0 ? t('attendance.report.belowCount', { count: below.length }) : t('attendance.report.noneBelow')}</strong>
      </p>
      <div className="form__actions no-print">
        <DownloadLinks href={(format) => attendanceExportUrl(editionId, format, language)} />
        <Button variant="secondary" onClick={() => window.print()}>
          {t('attendance.report.print')}
        </Button>
        {readsGroups && <Link to={editionGroupsPath(editionId)}>{t('attendance.report.groups')}</Link>}
      </div>

      {people.length === 0 ? (
        <p>{t(seesEveryGroup ? 'attendance.report.empty' : 'attendance.report.emptyOwnGroups')}</p>
      ) : (
        <div className="attendance-report__scroll" tabIndex={0} role="region" aria-label={t('attendance.report.caption')}>
          <table className="attendance-table">
            <caption className="visually-hidden">{t('attendance.report.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('attendance.report.person')}</th>
                <th scope="col">{t('attendance.report.rate')}</th>
                {sessions.map((session) => (
                  <th scope="col" key={session.id} className="attendance-table__session">
                    <span className="attendance-table__kind">{t(`attendance.kind.${session.kind}`)}</span>
                    <span className="attendance-table__title">{session.title}</span>
                    {session.networkGroup && <span className="attendance-table__kind">{session.networkGroup}</span>}
                    <DateText value={session.startsAt} format="date" />
                    <span>
                      <DateText value={session.startsAt} format="time" />–<DateText value={session.endsAt} format="time" />
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.personId} className={person.belowThreshold ? 'attendance-table__below' : undefined}>
                  <th scope="row">
                    <span className="attendance-table__name">{person.name}</span>
                    <span className="attendance-table__meta">
                      {[t(`attendance.role.${person.role}`), person.organisation].filter(Boolean).join(' · ')}
                    </span>
                  </th>
                  <td className="attendance-table__rate">
                    {person.rate === null ? (
                      person.role === 'participant' && t('attendance.report.noRate')
                    ) : (
                      <>
                        <strong>{Math.round(person.rate * 100)}%</strong>{' '}
                        <span className="attendance-table__meta">{t('attendance.report.rateOf', { attended: person.attended, counted: person.counted })}</span>
                        {person.belowThreshold && <span className="badge badge--warning">{t('attendance.report.below')}</span>}
                      </>
                    )}
                  </td>
                  {sessions.map((session) => {
                    const status = person.marks[session.id];
                    if (status) {
                      return (
                        <td key={session.id} className={`attendance-cell attendance-cell--${status}`}>
                          <abbr title={t(`attendance.status.${status}`)}>{t(`attendance.statusShort.${status}`)}</abbr>
                        </td>
                      );
                    }
                    const before = !countsSinceEnrolment(session, person.enrolledAt);
                    return (
                      <td key={session.id} className={`attendance-cell${before ? ' attendance-cell--before' : ''}`}>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{before ? t('attendance.report.beforeEnrolment') : t('attendance.report.unmarked')}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ul className="attendance-legend" aria-label={t('attendance.report.legend')}>
        {ATTENDANCE_STATUSES.map((status) => (
          <li key={status}>
            <span className={`attendance-cell attendance-cell--${status}`}>{t(`attendance.statusShort.${status}`)}</span> {t(`attendance.status.${status}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
