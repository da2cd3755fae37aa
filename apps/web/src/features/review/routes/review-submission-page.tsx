import { MAX_FEEDBACK_COMMENT_LENGTH } from '@koers/shared/assignments';
import type { FeedbackOutcome } from '@koers/shared/domain';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { MarkdownText } from '../../../components/markdown-text';
import { RadioGroup } from '../../../components/radio-group';
import { SubmissionStatusBadge } from '../../../components/submission-status-badge';
import { SubmissionVersions } from '../../../components/submission-versions';
import { TextAreaField } from '../../../components/text-area-field';
import { PageError } from '../../../components/page-error';
import { useDraft } from '../../../lib/draft';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useGiveFeedback } from '../api/give-feedback';
import { useSubmission } from '../api/submission';
import '../review.css';

/** A participant's work on one assignment, every version, and the feedback form for the latest one. */
export function ReviewSubmissionPage() {
  const t = useT();
  const { submissionId = '' } = useParams();
  const submission = useSubmission(submissionId);
  usePageTitle(submission.data ? t('review.submission.title', { participant: submission.data.participant.name, assignment: submission.data.assignment.title }) : t('review.title'));

  if (submission.isPending) return <p role="status">{t('app.loading')}</p>;
  if (submission.isError) return <PageError title={t('review.title')} error={submission.error} onRetry={() => void submission.refetch()} />;

  const { assignment, participant, status, versions, canReview, verdictsOpen, latestSubmissionId } = submission.data;
  return (
    <>
      <p>
        <Link to={`${paths.reviewQueue}?${new URLSearchParams({ editionId: assignment.editionId })}`}>{t('review.backToQueue')}</Link>
      </p>
      <h1>{t('review.submission.title', { participant: participant.name, assignment: assignment.title })}</h1>
      <p>
        {assignment.editionName} · <SubmissionStatusBadge status={status} />
      </p>
      {assignment.instructions && (
        <details className="instructions">
          <summary>{t('review.submission.instructions')}</summary>
          <MarkdownText source={assignment.instructions} />
        </details>
      )}
      {canReview && (
        <FeedbackForm
          key={latestSubmissionId}
          submissionId={latestSubmissionId}
          participantName={participant.name}
          verdictsOpen={verdictsOpen}
          replacesFeedbackId={versions.find((version) => version.id === latestSubmissionId)?.feedback.at(-1)?.id ?? null}
        />
      )}
      <section aria-labelledby="review-versions-heading">
        <h2 id="review-versions-heading">{t('review.submission.versions')}</h2>
        <SubmissionVersions versions={versions} />
      </section>
    </>
  );
}

interface FeedbackFormProps {
  submissionId: string;
  participantName: string;
  /** The verdicts the server takes now; a single one (approved work in a completed edition) is given, not chosen. */
  verdictsOpen: readonly FeedbackOutcome[];
  /** The verdict on the page, so that one given meanwhile by a colleague is refused rather than overruled unseen. */
  replacesFeedbackId: string | null;
}

function FeedbackForm({ submissionId, participantName, verdictsOpen, replacesFeedbackId }: FeedbackFormProps) {
  const t = useT();
  const focusAfterRender = useFocusAfterRender();
  const feedback = useGiveFeedback(submissionId);
  // Kept as a draft, verdict and all: written over a long while, it survives a session that ends meanwhile (and the
  // login after it).
  const [comment, setComment, clearComment] = useDraft(`feedback:${submissionId}`);
  const [outcomeDraft, setOutcome, clearOutcome] = useDraft(`feedback:${submissionId}:outcome`);
  const outcome = verdictsOpen.length === 1 ? verdictsOpen[0] : (verdictsOpen.find((value) => value === outcomeDraft) ?? null);
  const [missing, setMissing] = useState<'outcome' | 'comment'>();
  const [saved, setSaved] = useState<FeedbackOutcome>();
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (feedback.isPending) return;
    setSaved(undefined);
    feedback.reset();
    const found = !outcome ? 'outcome' : outcome === 'revise' && !comment.trim() ? 'comment' : undefined;
    setMissing(found);
    // Once the error is drawn beside the field, so the field is announced with it.
    if (found === 'outcome') return focusAfterRender(() => formRef.current?.querySelector<HTMLInputElement>('input[name="outcome"]'));
    if (found === 'comment') return focusAfterRender(() => commentRef.current);
    feedback.mutate(
      { comment, outcome: outcome!, replacesFeedbackId },
      {
        onSuccess: () => {
          clearComment();
          clearOutcome();
          setSaved(outcome!);
          // The form gives way to the confirmation: focus goes there, not to the top of the page.
          focusAfterRender(() => savedRef.current);
        },
      },
    );
  };

  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('review.feedback.title')}</h2>
      {saved ? (
        <Alert ref={savedRef} tone="success">
          {t(saved === 'approved' ? 'review.feedback.savedApproved' : 'review.feedback.savedRevise', { name: participantName })}
        </Alert>
      ) : (
        <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
          {feedback.isError && <Alert tone="error">{errorMessage(feedback.error, t)}</Alert>}
          <TextAreaField
            ref={commentRef}
            label={t('review.feedback.comment')}
            name="comment"
            rows={6}
            maxLength={MAX_FEEDBACK_COMMENT_LENGTH}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            error={missing === 'comment' ? t('review.feedback.commentRequired') : fieldErrors(feedback.error).comment}
          />
          {verdictsOpen.length === 1 ? (
            <p>{t('review.feedback.approvalFixed')}</p>
          ) : (
            <RadioGroup
              legend={t('review.feedback.outcome')}
              name="outcome"
              options={verdictsOpen.map((value) => ({ value, label: t(`submission.outcome.${value}`) }))}
              value={outcome}
              onChange={setOutcome}
              error={missing === 'outcome' ? t('review.feedback.chooseOutcome') : undefined}
            />
          )}
          <div className="form__actions">
            <Button type="submit" busy={feedback.isPending}>
              {t('review.feedback.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
