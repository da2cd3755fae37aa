import type { SubmissionStatus } from '@koers/shared/assignments';
import { generatePath, Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { DateText } from '../../../components/date-text';
import { ExtensionNote } from './extension-note';
import { OverdueBadge, SubmissionStatusBadge } from '../../../components/submission-status-badge';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useNow } from '../../../lib/now';
import { paths } from '../../../lib/paths';
import { useEditionAssignments } from '../api/edition-assignments';

/** Work still asked for: not handed in yet, or sent back to revise. */
const STILL_ASKED = new Set<SubmissionStatus>(['not_submitted', 'revise']);

/** A participant's assignments in one edition: what is due when, and where each stands. */
export function EditionAssignmentList({ editionId, editionName }: { editionId: string; editionName: string }) {
  const t = useT();
  const assignments = useEditionAssignments(editionId);
  const now = useNow();
  const headingId = `assignments-${editionId}`;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{editionName}</h2>
      {assignments.isPending && <p role="status">{t('app.loading')}</p>}
      {assignments.isError && <Alert tone="error">{errorMessage(assignments.error, t)}</Alert>}
      {assignments.data &&
        (assignments.data.assignments.length === 0 ? (
          <p>{t('assignments.list.empty')}</p>
        ) : (
          <ul className="card-list">
            {assignments.data.assignments.map((assignment) => (
              <li key={assignment.id} className="card assignment-card">
                <Link className="card__title" to={generatePath(paths.assignment, { assignmentId: assignment.id })}>
                  {assignment.title}
                </Link>
                {assignment.mine && (
                  <>
                    <span>
                      {t('assignments.dueAt')} <DateText value={assignment.mine.dueAt} />
                      <ExtensionNote mine={assignment.mine} />
                    </span>
                    <span className="badges">
                      <span className="visually-hidden">{t('assignments.statusLabel')}: </span>
                      <SubmissionStatusBadge status={assignment.mine.status} />
                      {STILL_ASKED.has(assignment.mine.status) && <OverdueBadge dueAt={assignment.mine.dueAt} cutoffAt={assignment.mine.cutoffAt} now={now} />}
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
