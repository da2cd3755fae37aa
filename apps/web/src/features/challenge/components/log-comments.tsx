import { CHALLENGE_LIMITS, type ChallengeLogComment } from '@koers/shared/challenge';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { TextAreaField } from '../../../components/text-area-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useAddChallengeComment } from '../api/add-challenge-comment';

interface LogCommentsProps {
  logEntryId: string;
  comments: ChallengeLogComment[];
  canComment: boolean;
}

/** Peer feedback under one log entry: the comments, oldest first, and a form to add one. */
export function LogComments({ logEntryId, comments, canComment }: LogCommentsProps) {
  const t = useT();
  return (
    <div className="log-comments">
      {comments.length > 0 && (
        <ul className="log-comments__list" aria-label={t('challenge.comments.list', { count: comments.length })}>
          {comments.map((comment) => (
            <li key={comment.id} className="log-comment">
              <p className="log-comment__meta">
                <strong>{comment.authorName}</strong> · <DateText value={comment.createdAt} />
              </p>
              {comment.body ? <MarkdownText source={comment.body} /> : <p className="notice">{t('challenge.comments.erased')}</p>}
            </li>
          ))}
        </ul>
      )}
      {canComment && <CommentForm logEntryId={logEntryId} />}
    </div>
  );
}

function CommentForm({ logEntryId }: { logEntryId: string }) {
  const t = useT();
  const add = useAddChallengeComment(logEntryId);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrors(add.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!body.trim());
    if (!body.trim()) return;
    add.mutate({ body: body.trim() }, { onSuccess: () => setBody('') });
  };

  return (
    <form className="form log-comments__form" noValidate onSubmit={submit} aria-label={t('challenge.comments.formLabel')}>
      <TextAreaField
        name="body"
        label={t('challenge.comments.label')}
        hint={t('challenge.comments.hint')}
        rows={2}
        maxLength={CHALLENGE_LIMITS.comment}
        value={body}
        error={missing ? t('challenge.comments.required') : errors.body}
        onChange={(event) => setBody(event.target.value)}
      />
      {add.isError && !errors.body && <Alert tone="error">{errorMessage(add.error, t)}</Alert>}
      <Button type="submit" variant="secondary" busy={add.isPending}>
        {t('challenge.comments.send')}
      </Button>
    </form>
  );
}
