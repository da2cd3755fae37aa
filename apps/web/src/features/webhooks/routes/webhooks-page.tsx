import { useId, useState } from 'react';
import type { WebhookEndpointWithSecret } from '@koers/shared/webhooks';
import { Alert } from '../../../components/alert';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useWebhooks } from '../api/list-webhooks';
import { NewWebhookForm } from '../components/new-webhook-form';
import { WebhookCard } from '../components/webhook-card';
import '../webhooks.css';

/** The programme office's webhooks: set one up, see what each received, switch off, rotate the secret, remove. */
export function WebhooksPage() {
  const t = useT();
  usePageTitle(t('webhooks.title'));
  const id = useId();
  const webhooks = useWebhooks();
  // The secret is in one answer only: kept here until the page is left, never in the query cache.
  const [secret, setSecret] = useState<WebhookEndpointWithSecret | null>(null);

  return (
    <>
      <h1>{t('webhooks.title')}</h1>
      <p>{t('webhooks.intro')}</p>
      <div aria-live="polite">
        {secret && (
          <Alert tone="success" live="off" title={t('webhooks.secretTitle', { url: secret.endpoint.url })}>
            <p>{t('webhooks.secretOnce')}</p>
            <p>
              <code className="webhook-secret">{secret.secret}</code>
            </p>
          </Alert>
        )}
      </div>

      <section aria-labelledby={`${id}-list`} aria-busy={webhooks.isFetching || undefined}>
        <h2 id={`${id}-list`}>{t('webhooks.list')}</h2>
        {webhooks.isPending ? (
          <p role="status">{t('app.loading')}</p>
        ) : webhooks.isError ? (
          <Alert tone="error">{errorMessage(webhooks.error, t)}</Alert>
        ) : webhooks.data.length === 0 ? (
          <p>{t('webhooks.empty')}</p>
        ) : (
          <ul className="webhooks">
            {webhooks.data.map((endpoint) => (
              <WebhookCard key={endpoint.id} endpoint={endpoint} onSecret={setSecret} />
            ))}
          </ul>
        )}
      </section>

      <NewWebhookForm onCreated={setSecret} />
    </>
  );
}
