import { DISCUSSION_LIMITS } from '@koers/shared/discussions';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useDraft } from '../../../lib/draft';
import { useT } from '../../../lib/i18n';
import { discussionPath } from '../../../lib/paths';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useStartDiscussion } from '../api/start-discussion';

/**
 * Asking something: for the whole edition or one of the network groups the viewer may write in (`groups`; the
 * choice is offered only when there is one), a subject and a message (Markdown); the new thread opens.
 */
export function StartDiscussionForm({ editionId, groups }: { editionId: string; groups: readonly { value: string; label: string }[] }) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const start = useStartDiscussion(editionId);
  const [groupId, setGroupId] = useState('');
  // Kept as drafts: written over a long while, they survive a session that ends meanwhile (and the login after it).
  const [title, setTitle, clearTitle] = useDraft(`discussion:${editionId}:title`);
  const [body, setBody, clearBody] = useDraft(`discussion:${editionId}:body`);
  const [missing, setMissing] = useState<{ title?: boolean; body?: boolean }>({});
  const errors = fieldErrors(start.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nowMissing = { title: !title.trim(), body: !body.trim() };
    setMissing(nowMissing);
    const form = event.currentTarget;
    if (nowMissing.title || nowMissing.body) return focusFirstInvalid(form);
    start.mutate(
      { title: title.trim(), body: body.trim(), ...(groupId ? { groupId } : {}) },
      {
        onSuccess: (thread) => {
          clearTitle();
          clearBody();
          void navigate(discussionPath(thread.id));
        },
        onError: () => focusFirstInvalid(form),
      },
    );
  };

  return (
    <form className="form discussion-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('discussions.new.title')}</h2>
      {groups.length > 0 && (
        <SelectField
          name="groupId"
          label={t('discussions.new.audience')}
          hint={t('discussions.new.audienceHint')}
          options={[{ value: '', label: t('discussions.new.wholeEdition') }, ...groups]}
          value={groupId}
          error={errors.groupId}
          onChange={(event) => setGroupId(event.target.value)}
        />
      )}
      <TextField
        name="title"
        label={t('discussions.new.subject')}
        value={title}
        maxLength={DISCUSSION_LIMITS.title}
        required
        error={missing.title ? t('discussions.new.subjectRequired') : errors.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextAreaField
        name="body"
        label={t('discussions.new.body')}
        hint={t('discussions.new.bodyHint')}
        value={body}
        rows={4}
        maxLength={DISCUSSION_LIMITS.body}
        required
        error={missing.body ? t('discussions.bodyRequired') : errors.body}
        onChange={(event) => setBody(event.target.value)}
      />
      {start.isError && <Alert tone="error">{errorMessage(start.error, t)}</Alert>}
      <Button type="submit" busy={start.isPending}>
        {t('discussions.new.submit')}
      </Button>
    </form>
  );
}
