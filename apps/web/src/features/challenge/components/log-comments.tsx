import { CHALLENGE_LIMITS, type ChallengeLogComment } from '@koers/shared/challenge';
import { DISCUSSION_LIMITS } from '@koers/shared/discussions';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useAddChallengeComment } from '../api/add-challenge-comment';
import { useHideChallengeComment } from '../api/hide-challenge-comment';

interface LogCommentsProps {
  logEntryId: string;
  /** The comment form's name, telling the entry it answers from the others. */
  formLabel: string;
  comments: ChallengeLogComment[];
  canComment: boolean;
  canModerate: boolean;
}

/** Peer feedback under one log entry: the comments, oldest first, and a form to add one. */
export function LogComments({ logEntryId, formLabel, comments, canComment, canModerate }: LogCommentsProps) {
  const t = useT();
  return (
    <div className="log-comments">
      {comments.length > 0 && (
        <ul className="log-comments__list" aria-label={t('challenge.comments.list', { count: comments.length })}>
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} canModerate={canModerate} />
          ))}
        </ul>
      )}
      {canComment && <CommentForm logEntryId={logEntryId} label={formLabel} />}
    </div>
  );
}

/** One comment; a hidden one says so (with the reason for its author and the moderators), and moderators hide. */
function CommentItem({ comment, canModerate }: { comment: ChallengeLogComment; canModerate: boolean }) {
  const t = useT();
  const hide = useHideChallengeComment();
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setReasonMissing(!reason.trim());
    if (!reason.trim()) return;
    hide.mutate({ commentId: comment.id, reason: reason.trim() }, { onSuccess: () => setHiding(false) });
  };

  return (
    <li className="log-comment">
      <p className="log-comment__meta">
        <strong>{comment.authorName}</strong> · <DateText value={comment.createdAt} />
      </p>
      {comment.hidden && (
        <p className="notice">{comment.hidden.reason ? t('challenge.comments.hiddenWhy', { reason: comment.hidden.reason }) : t('challenge.comments.hidden')}</p>
      )}
      {comment.body ? <MarkdownText source={comment.body} /> : !comment.hidden && <p className="notice">{t('challenge.comments.erased')}</p>}
      {canModerate && !comment.hidden && !hiding && (
        <Button variant="quiet" onClick={() => setHiding(true)}>
          {t('challenge.comments.hide')}
        </Button>
      )}
      {hiding && (
        <form className="form log-comment__hide" noValidate onSubmit={submit}>
          <TextField
            name="reason"
            label={t('challenge.comments.hideReason')}
            value={reason}
            maxLength={DISCUSSION_LIMITS.reason}
            required
            error={reasonMissing ? t('challenge.comments.reasonRequired') : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {hide.isError && <Alert tone="error">{errorMessage(hide.error, t)}</Alert>}
          <div className="form__actions">
            <Button type="submit" busy={hide.isPending}>
              {t('challenge.comments.hideConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setHiding(false)}>
              {t('challenge.cancel')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}

function CommentForm({ logEntryId, label }: { logEntryId: string; label: string }) {
  const t = useT();
  const add = useAddChallengeComment(logEntryId);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrors(add.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!body.trim());
    const form = event.currentTarget;
    if (!body.trim()) return focusFirstInvalid(form);
    add.mutate({ body: body.trim() }, { onSuccess: () => setBody(''), onError: () => focusFirstInvalid(form) });
  };

  return (
    <form className="form log-comments__form" noValidate onSubmit={submit} aria-label={label}>
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
