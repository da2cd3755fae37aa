import { generatePath, Link, useParams } from 'react-router';
import { DateText } from '../../../components/date-text';
import { DownloadLinks } from '../../../components/download-links';
import { SubmissionStatusBadge } from '../../../components/submission-status-badge';
import { PageError } from '../../../components/page-error';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { assignmentOverviewExportUrl, useAssignmentOverview } from '../api/assignment-overview';
import '../assignments.css';
import { useI18n } from '../../../lib/i18n';

/** Trainers: every participant × every assignment of an edition, with completion; also as CSV. */
export function AssignmentOverviewPage() {
  const { t, language } = useI18n();
  const { editionId = '' } = useParams();
  const overview = useAssignmentOverview(editionId);
  usePageTitle(overview.data ? t('assignments.overview.title', { edition: overview.data.editionName }) : t('assignments.title'));

  if (overview.isPending) return <p role="status">{t('app.loading')}</p>;
  if (overview.isError) return <PageError title={t('assignments.title')} error={overview.error} onRetry={() => void overview.refetch()} />;

  const { editionName, assignments, rows } = overview.data;
  return (
    <>
      <h1>{t('assignments.overview.title', { edition: editionName })}</h1>
      <p className="assignment-card__links">
        <Link to={generatePath(paths.editionAssignments, { editionId })}>{t('assignments.staff.manage')}</Link>
        <DownloadLinks href={(format) => assignmentOverviewExportUrl(editionId, format, language)} />
      </p>
      {rows.length === 0 ? (
        <p>{t('assignments.overview.empty')}</p>
      ) : (
        <div className="overview-scroll" tabIndex={0} role="region" aria-labelledby="overview-caption">
          <table className="overview-table">
            <caption id="overview-caption" className="visually-hidden">
              {t('assignments.overview.caption', { edition: editionName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('assignments.overview.participant')}</th>
                {assignments.map((assignment) => (
                  <th scope="col" key={assignment.id}>
                    {assignment.title}
                    <br />
                    <small>
                      <DateText value={assignment.dueAt} format="date" />
                    </small>
                  </th>
                ))}
                <th scope="col">{t('assignments.overview.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.personId}>
                  <th scope="row">
                    {row.name}
                    {row.organisationName && (
                      <>
                        <br />
                        <small>{row.organisationName}</small>
                      </>
                    )}
                  </th>
                  {row.statuses.map((cell) => (
                    <td key={cell.assignmentId}>
                      {cell.submissionId ? (
                        <Link to={generatePath(paths.reviewSubmission, { submissionId: cell.submissionId })}>
                          <SubmissionStatusBadge status={cell.status} />
                        </Link>
                      ) : (
                        <SubmissionStatusBadge status={cell.status} />
                      )}
                    </td>
                  ))}
                  <td>{row.completed ? t('assignments.overview.yes') : t('assignments.overview.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
