import { DISCUSSION_LIMITS, type DiscussionPost } from '@koers/shared/discussions';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (action === 'hide') {
      setReasonMissing(!reason.trim());
      if (!reason.trim()) return;
      hide.mutate({ postId: post.id, reason: reason.trim() }, { onSuccess: () => setAction(null) });
    } else {
      report.mutate({ postId: post.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }, { onSuccess: () => setAction(null) });
    }
  };

  return (
    <li className={['discussion-post', post.hidden ? 'discussion-post--hidden' : null].filter(Boolean).join(' ')}>
      <p className="discussion-post__meta">
        <strong>{post.authorName}</strong> · <DateText value={post.createdAt} />
        {isNew && <span className="badge badge--new">{t('discussions.thread.new')}</span>}
        {post.reportCount ? <span className="badge">{t('discussions.thread.reports', { count: post.reportCount })}</span> : null}
      </p>
      {post.hidden && (
        <p className="notice">{post.hidden.reason ? t('discussions.thread.hiddenWhy', { reason: post.hidden.reason }) : t('discussions.thread.hidden')}</p>
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
      {report.isSuccess && <Alert tone="success">{t('discussions.post.reported')}</Alert>}
      {action ? (
        <form className="form discussion-post__action" noValidate onSubmit={submit}>
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
            <Button variant="secondary" onClick={() => setAction(null)}>
              {t('discussions.post.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="discussion-post__buttons">
          {canModerate && !post.hidden && (
            <Button variant="quiet" onClick={() => setAction('hide')}>
              {t('discussions.post.hide')}
            </Button>
          )}
          {canReport && !post.own && !post.hidden && !report.isSuccess && (
            <Button variant="quiet" onClick={() => setAction('report')}>
              {t('discussions.post.report')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
