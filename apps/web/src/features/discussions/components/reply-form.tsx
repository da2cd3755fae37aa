import { DISCUSSION_LIMITS } from '@koers/shared/discussions';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/text-area-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useReply } from '../api/reply';

export function ReplyForm({ discussionId }: { discussionId: string }) {
  const t = useT();
  const reply = useReply(discussionId);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!body.trim());
    if (!body.trim()) return;
    reply.mutate({ body: body.trim() }, { onSuccess: () => setBody('') });
  };

  return (
    <form className="form discussion-form" noValidate onSubmit={submit} aria-label={t('discussions.thread.reply')}>
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
      {reply.isError && <Alert tone="error">{errorMessage(reply.error, t)}</Alert>}
      {reply.isSuccess && <Alert tone="success">{t('discussions.thread.replied')}</Alert>}
      <Button type="submit" busy={reply.isPending}>
        {t('discussions.thread.send')}
      </Button>
    </form>
  );
}
