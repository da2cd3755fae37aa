import { generatePath, Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { DateText } from '../../../components/date-text';
import { Pager } from '../../../components/pager';
import { SelectField } from '../../../components/select-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useEditions } from '../../../lib/editions';
import { editionsWhere, useCurrentPerson } from '../../../lib/session';
import { withParams } from '../../../lib/search-params';
import { useEditionAssignmentTitles } from '../api/edition-assignment-titles';
import { REVIEW_PAGE_SIZE, useReviewQueue } from '../api/review-queue';
import '../review.css';

/** Trainers and the programme office: work waiting for feedback across their editions, oldest first; the filters live in the URL. */
export function ReviewQueuePage() {
  const t = useT();
  usePageTitle(t('review.title'));
  const me = useCurrentPerson();
  const [params, setParams] = useSearchParams();
  const editionId = params.get('editionId') ?? undefined;
  const assignmentId = params.get('assignmentId') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const queue = useReviewQueue({ editionId, assignmentId, page });
  const assignments = useEditionAssignmentTitles(editionId);
  // The programme office reviews in every edition, and is enrolled in none of them.
  const officeEditions = useEditions({ enabled: me.isAdmin });
  const editions = me.isAdmin ? (officeEditions.data ?? []).map(({ id, name }) => [id, name] as const) : [...editionsWhere(me, 'submissions.read')];

  const update = (changes: Record<string, string | undefined>) => setParams(withParams(params, changes));

  return (
    <>
      <h1>{t('review.title')}</h1>
      <p>{t('review.intro')}</p>
      <div className="review-filters" role="group" aria-label={t('review.filters')}>
        <SelectField
          label={t('review.edition')}
          name="editionId"
          value={editionId ?? ''}
          onChange={(event) => update({ editionId: event.target.value, assignmentId: undefined, page: undefined })}
          options={[{ value: '', label: t('review.allEditions') }, ...editions.map(([id, name]) => ({ value: id, label: name }))]}
        />
        <SelectField
          label={t('review.assignment')}
          name="assignmentId"
          value={assignmentId ?? ''}
          disabled={!editionId}
          onChange={(event) => update({ assignmentId: event.target.value, page: undefined })}
          options={[
            { value: '', label: editionId ? t('review.allAssignments') : t('review.chooseEditionFirst') },
            ...(assignments.data ?? []).map((assignment) => ({ value: assignment.id, label: assignment.title })),
          ]}
        />
      </div>

      {queue.isPending && <p role="status">{t('app.loading')}</p>}
      {queue.isError && <Alert tone="error">{errorMessage(queue.error, t)}</Alert>}
      {queue.data && (
        <>
          <p role="status">{t('review.count', { count: queue.data.total })}</p>
          {queue.data.items.length > 0 && (
            <ul className="card-list" aria-busy={queue.isFetching || undefined}>
              {queue.data.items.map((item) => (
                <li key={item.submissionId} className="card review-item">
                  <Link to={generatePath(paths.reviewSubmission, { submissionId: item.submissionId })}>
                    {t('review.item', { participant: item.participantName, assignment: item.assignmentTitle })}
                  </Link>
                  <span className="review-item__meta">{item.editionName}</span>
                  <span className="review-item__meta">
                    {t('review.version', { number: item.version })}, <DateText value={item.submittedAt} />
                  </span>
                  {item.late && <span className="badge badge--submission-late">{t('submission.late')}</span>}
                </li>
              ))}
            </ul>
          )}
          <Pager page={page} pageSize={REVIEW_PAGE_SIZE} total={queue.data.total} label={t('review.title')} onPage={(next) => update({ page: String(next) })} />
        </>
      )}
    </>
  );
}
