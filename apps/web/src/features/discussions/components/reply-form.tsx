import { DISCUSSION_LIMITS } from '@koers/shared/discussions';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useDraft } from '../../../lib/draft';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useAttachFile } from '../api/attach-file';
import { useReply } from '../api/reply';

/** The reply form's id, to whose text box the thread's skip link leads past every post. */
export const REPLY_FORM_ID = 'discussion-reply';

export function ReplyForm({ discussionId }: { discussionId: string }) {
  const t = useT();
  const reply = useReply(discussionId);
  const attach = useAttachFile(discussionId);
  const fileInput = useRef<HTMLInputElement>(null);
  const [body, setBody, clearBody] = useDraft(`reply:${discussionId}`);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!body.trim());
    const form = event.currentTarget;
    if (!body.trim()) return focusFirstInvalid(form);
    const file = fileInput.current?.files?.[0];
    reply.mutate(
      { body: body.trim() },
      {
        onError: () => focusFirstInvalid(form),
        onSuccess: (post) => {
          clearBody();
          if (file) attach.mutate({ postId: post.id, file }, { onSuccess: () => fileInput.current && (fileInput.current.value = '') });
        },
      },
    );
  };

  return (
    <form id={REPLY_FORM_ID} className="form discussion-form" noValidate onSubmit={submit} aria-label={t('discussions.thread.reply')}>
      <TextAreaField
        name="body"
        label={t('discussions.thread.replyLabel')}
        hint={t('discussions.new.bodyHint')}
        value={body}
        rows={3}
        maxLength={DISCUSSION_LIMITS.body}
        required
        error={missing ? t('discussions.bodyRequired') : fieldErrors(reply.error).body}
        onChange={(event) => setBody(event.target.value)}
      />
      <TextField ref={fileInput} label={t('discussions.attachment.label')} hint={t('discussions.attachment.hint')} name="attachment" type="file" />
      {reply.isError && <Alert tone="error">{errorMessage(reply.error, t)}</Alert>}
      {attach.isError && <Alert tone="error">{errorMessage(attach.error, t)}</Alert>}
      {reply.isSuccess && <Alert tone="success">{t('discussions.thread.replied')}</Alert>}
      <Button type="submit" busy={reply.isPending}>
        {t('discussions.thread.send')}
      </Button>
    </form>
  );
}
