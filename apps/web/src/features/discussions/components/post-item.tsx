import { DISCUSSION_LIMITS, type DiscussionPost } from '@koers/shared/discussions';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/error-message';
import { firstField, useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { usePersonName } from '../../../lib/person-name';
import { attachmentUrl } from '../api/attach-file';
import { useHidePost, useReportPost } from '../api/moderate-post';

interface PostItemProps {
  discussionId: string;
  post: DiscussionPost;
  /** Written after the viewer last read the thread. */
  isNew: boolean;
  canModerate: boolean;
  canReport: boolean;
}

/** One post: author, time, text (Markdown); hidden posts say so, with the reason for their author and moderators. */
export function PostItem({ discussionId, post, isNew, canModerate, canReport }: PostItemProps) {
  const t = useT();
  const [action, setAction] = useState<'hide' | 'report' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const hide = useHidePost(discussionId);
  const report = useReportPost();
  const mutation = action === 'hide' ? hide : report;
  // An erased author has no name, and the buttons still say whose post they act on.
  const personName = usePersonName();
  const author = post.authorName ? personName(post.authorName) : t('discussions.post.erasedAuthor');
  const focusAfterRender = useFocusAfterRender();
  const formRef = useRef<HTMLFormElement>(null);
  const hideButtonRef = useRef<HTMLButtonElement>(null);
  const reportButtonRef = useRef<HTMLButtonElement>(null);
  const hiddenNoticeRef = useRef<HTMLParagraphElement>(null);
  const reportedRef = useRef<HTMLDivElement>(null);

  const open = (which: 'hide' | 'report') => {
    setAction(which);
    focusAfterRender(() => firstField(formRef.current));
  };
  const cancel = () => {
    setAction(null);
    focusAfterRender(() => (action === 'hide' ? hideButtonRef : reportButtonRef).current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (action === 'hide') {
      setReasonMissing(!reason.trim());
      if (!reason.trim()) return;
      hide.mutate(
        { postId: post.id, reason: reason.trim() },
        {
          onSuccess: () => {
            setAction(null);
            // A hidden post has no hide button any more; the notice that it is hidden says what happened.
            focusAfterRender(() => hiddenNoticeRef.current);
          },
        },
      );
    } else {
      report.mutate(
        { postId: post.id, ...(reason.trim() ? { reason: reason.trim() } : {}) },
        {
          onSuccess: () => {
            setAction(null);
            // A post is reported once, so its report button goes; the thanks in its place is read instead.
            focusAfterRender(() => reportedRef.current);
          },
        },
      );
    }
  };

  return (
    <li className={['discussion-post', post.hidden ? 'discussion-post--hidden' : null].filter(Boolean).join(' ')}>
      <p className="discussion-post__meta">
        <strong>{author}</strong> · <DateText value={post.createdAt} />
        {isNew && <span className="badge badge--new">{t('discussions.thread.new')}</span>}
        {post.reportCount ? <span className="badge">{t('discussions.thread.reports', { count: post.reportCount })}</span> : null}
      </p>
      {post.hidden && (
        <p ref={hiddenNoticeRef} className="notice" tabIndex={-1}>
          {post.hidden.reason ? t('discussions.thread.hiddenWhy', { reason: post.hidden.reason }) : t('discussions.thread.hidden')}
        </p>
      )}
      {post.body ? <MarkdownText source={post.body} /> : !post.hidden && <p className="notice">{t('discussions.thread.erased')}</p>}
      {post.attachments.length > 0 && (
        <ul className="discussion-post__files" aria-label={t('discussions.attachment.list')}>
          {post.attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={attachmentUrl(attachment.id)} download={attachment.fileName}>
                {attachment.fileName}
              </a>
            </li>
          ))}
        </ul>
      )}
      {report.isSuccess && (
        <Alert tone="success" ref={reportedRef}>
          {t('discussions.post.reported')}
        </Alert>
      )}
      {action ? (
        <form ref={formRef} className="form discussion-post__action" noValidate onSubmit={submit}>
          <TextField
            name="reason"
            label={t(action === 'hide' ? 'discussions.post.hideReason' : 'discussions.post.reportReason')}
            value={reason}
            maxLength={DISCUSSION_LIMITS.reason}
            required={action === 'hide'}
            error={reasonMissing ? t('discussions.post.reasonRequired') : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {mutation.isError && <Alert tone="error">{errorMessage(mutation.error, t)}</Alert>}
          <div className="discussion-post__buttons">
            <Button type="submit" busy={mutation.isPending}>
              {t(action === 'hide' ? 'discussions.post.hideConfirm' : 'discussions.post.reportConfirm')}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              {t('discussions.post.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="discussion-post__buttons">
          {canModerate && !post.hidden && (
            <Button ref={hideButtonRef} variant="quiet" onClick={() => open('hide')} aria-label={t('discussions.post.hideNamed', { name: author })}>
              {t('discussions.post.hide')}
            </Button>
          )}
          {canReport && !post.own && !post.hidden && post.body && !report.isSuccess && (
            <Button ref={reportButtonRef} variant="quiet" onClick={() => open('report')} aria-label={t('discussions.post.reportNamed', { name: author })}>
              {t('discussions.post.report')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
