import { useId, useState, type FormEvent } from 'react';
import { WEBHOOK_EVENTS, type WebhookEndpointWithSecret, type WebhookEvent } from '@koers/shared/webhooks';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useCreateWebhook } from '../api/create-webhook';

export interface NewWebhookFormProps {
  onCreated: (created: WebhookEndpointWithSecret) => void;
}

/** Address, description and the events to receive; the answer carries the secret, which the page shows once. */
export function NewWebhookForm({ onCreated }: NewWebhookFormProps) {
  const t = useT();
  const id = useId();
  const create = useCreateWebhook();
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const [eventsMissing, setEventsMissing] = useState(false);
  const problems = fieldErrors(create.error);
  const eventsError = eventsMissing ? t('webhooks.eventsRequired') : problems.events;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (events.length === 0) {
      setEventsMissing(true);
      return focusFirstInvalid(form);
    }
    const data = new FormData(form);
    create.mutate(
      { url: String(data.get('url')), description: String(data.get('description')), events },
      {
        onError: () => focusFirstInvalid(form),
        onSuccess: (created) => {
          form.reset();
          setEvents([]);
          onCreated(created);
        },
      },
    );
  };

  return (
    <form className="form webhook-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('webhooks.new')}</h2>
      {create.isError && !Object.keys(problems).length && <Alert tone="error">{errorMessage(create.error, t)}</Alert>}
      <TextField label={t('webhooks.url')} name="url" type="url" inputMode="url" autoComplete="off" required hint={t('webhooks.urlHint')} error={problems.url} />
      <TextField label={t('webhooks.description')} name="description" hint={t('webhooks.descriptionHint')} maxLength={500} error={problems.description} />
      <CheckboxGroup
        legend={t('webhooks.events')}
        name="events"
        options={WEBHOOK_EVENTS.map((value) => ({
          value,
          // One flex item, so the event's code name wraps with its description on a narrow screen.
          label: (
            <span>
              {t(`webhooks.event.${value}`)} <code>{value}</code>
            </span>
          ),
        }))}
        values={events}
        onChange={(chosen) => {
          setEventsMissing(false);
          setEvents(chosen);
        }}
        error={eventsError}
      />
      <div className="form__actions">
        <Button type="submit" busy={create.isPending}>
          {t('webhooks.create')}
        </Button>
      </div>
    </form>
  );
}
