import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { ExtensionNote } from '../components/extension-note';
import { SubmissionStatusBadge } from '../../../components/submission-status-badge';
import { SubmissionVersions } from '../../../components/submission-versions';
import { PageError } from '../../../components/page-error';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useMySubmission } from '../api/my-submission';
import { HandInForm } from '../components/hand-in-form';
import '../assignments.css';

/** One assignment for a participant: instructions, their deadline, the hand-in form, and every version with its feedback. */
export function AssignmentPage() {
  const t = useT();
  const { assignmentId = '' } = useParams();
  const submission = useMySubmission(assignmentId);
  usePageTitle(submission.data?.assignment.title ?? t('assignments.title'));

  if (submission.isPending) return <p role="status">{t('app.loading')}</p>;
  if (submission.isError) return <PageError title={t('assignments.title')} error={submission.error} onRetry={() => void submission.refetch()} />;

  const { assignment, editionName, status, canSubmit, versions } = submission.data;
  const mine = assignment.mine;
  return (
    <>
      <p>
        <Link to={paths.assignments}>{t('assignments.backToList')}</Link>
      </p>
      <h1>{assignment.title}</h1>
      <dl className="term-list">
        <dt>{t('assignments.edition')}</dt>
        <dd>{editionName}</dd>
        <dt>{t('assignments.statusLabel')}</dt>
        <dd aria-live="polite">
          <SubmissionStatusBadge status={status} />
        </dd>
        <dt>{t('assignments.dueAt')}</dt>
        <dd>
          <DateText value={mine?.dueAt ?? assignment.dueAt} />
          <ExtensionNote mine={mine} />
        </dd>
        {(mine?.cutoffAt ?? assignment.cutoffAt) && (
          <>
            <dt>{t('assignments.cutoffAt')}</dt>
            <dd>
              <DateText value={(mine?.cutoffAt ?? assignment.cutoffAt) as string} />
            </dd>
          </>
        )}
        {assignment.sessionTitle && (
          <>
            <dt>{t('assignments.session')}</dt>
            <dd>{assignment.sessionTitle}</dd>
          </>
        )}
      </dl>
      {assignment.instructions && (
        <section aria-label={t('assignments.instructions')} className="instructions">
          <MarkdownText source={assignment.instructions} />
        </section>
      )}

      {canSubmit ? (
        <HandInForm assignment={assignment} />
      ) : (
        <Alert tone="info" live="off">
          {status === 'approved' ? t('assignments.handIn.approved') : t('assignments.handIn.closed')}
        </Alert>
      )}

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('assignments.versions.title')}</h2>
        {versions.length === 0 ? <p>{t('assignments.versions.none')}</p> : <SubmissionVersions versions={versions} />}
      </section>
    </>
  );
}
