import type { FormEvent } from 'react';
import type { EditionSession } from '@koers/shared/editions';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useCancelSession } from '../api/cancel-session';

/** Confirms cancelling a session; it stays in the schedule, marked cancelled. */
export function CancelSessionForm({ editionId, session, onDone, onCancel }: { editionId: string; session: EditionSession; onDone: (message: string) => void; onCancel: () => void }) {
  const t = useT();
  const cancel = useCancelSession();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (cancel.isPending) return;
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    cancel.mutate({ editionId, sessionId: session.id, reason }, { onSuccess: () => onDone(t('editions.session.cancelled', { title: session.title })) });
  };

  return (
    <form className="form session-card__panel" noValidate onSubmit={onSubmit} aria-label={t('editions.session.cancelNamed', { title: session.title })}>
      <p>{t('editions.session.cancelExplained')}</p>
      {cancel.isError && <Alert tone="error">{errorMessage(cancel.error, t)}</Alert>}
      <TextField label={t('editions.field.reason')} hint={t('editions.field.reasonHint')} name="reason" />
      <div className="form__actions">
        <Button type="submit" className="button--danger" busy={cancel.isPending}>
          {t('editions.session.confirmCancel')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('editions.keep')}
        </Button>
      </div>
    </form>
  );
}
